using System.Globalization;
using FeedbackBot.Channels.Slack.Forms;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>
/// Renders a reply whose card has inputs as a modal (https://docs.slack.dev/surfaces/modals):
/// each input becomes an input block whose block id and action id are the input's id, so the
/// submission's <c>state.values</c> maps straight back to the card's input ids. The first card
/// button becomes the modal's submit (its data travels in <c>private_metadata</c>). Limits of
/// PROTOCOLS.md 6.10 are kept by truncating; text blocks give way to inputs beyond 100 blocks.
/// </summary>
internal static class ModalRenderer
{
    public static SlackView Render(Reply reply, ModalContext context, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);
        var card = reply.Card ?? new Card();

        var text = new List<Block>();
        MessageRenderer.AddSections(text, reply.Text);
        MessageRenderer.AddSections(text, card.Text);
        MessageRenderer.AddFacts(text, card.Facts);
        var inputs = card.Inputs.Select(Input).OfType<Block>().Take(BlockKitLimits.BlocksPerView).ToList();
        var blocks = text.Take(BlockKitLimits.BlocksPerView - inputs.Count).Concat(inputs).ToList();

        var submit = card.Buttons.Count > 0 ? card.Buttons[0] : null;
        var metadata = (context with { Data = submit?.Data }).Serialize();
        if (metadata.Length > BlockKitLimits.ViewPrivateMetadata)
        {
            metadata = context.Serialize();
        }

        return new SlackView(ViewText(card.Title ?? SlackTexts.Get(SlackTexts.ModalTitle, culture)), blocks)
        {
            CallbackId = FormSlackIds.FormCallback,
            Submit = ViewText(submit?.Title ?? SlackTexts.Get(SlackTexts.ModalSubmit, culture)),
            Close = ViewText(SlackTexts.Get(SlackTexts.ModalClose, culture)),
            PrivateMetadata = metadata,
            NotifyOnClose = true,
        };
    }

    private static TextObject ViewText(string text) =>
        TextObject.Plain(SlackText.Truncate(string.IsNullOrWhiteSpace(text) ? "…" : text, BlockKitLimits.ViewTitle));

    /// <summary>An input whose id cannot be a block id (over 255 characters) could never be read back, so it is left out.</summary>
    private static InputBlock? Input(CardInput input)
    {
        if (input.Id.Length is 0 or > BlockKitLimits.Id)
        {
            return null;
        }

        var label = TextObject.Plain(SlackText.Truncate(string.IsNullOrWhiteSpace(input.Label) ? input.Id : input.Label, BlockKitLimits.Label));
        InputElement? element = input switch
        {
            TextCardInput text => new PlainTextInputElement(text.Id)
            {
                Multiline = text.IsMultiline ? true : null,
                MaxLength = text.MaxLength is { } max ? Math.Clamp(max, 1, BlockKitLimits.PlainTextInputMaxLength) : null,
                Placeholder = Placeholder(text.Placeholder),
            },
            PersonCardInput person => new UsersSelectElement(person.Id) { Placeholder = Placeholder(person.Placeholder) },
            ChoiceCardInput choice when Options(choice) is { Count: > 0 } options => choice.IsMultiSelect
                ? new MultiStaticSelectElement(choice.Id, options)
                : new StaticSelectElement(choice.Id, options),
            _ => null,
        };
        return element is null ? null : new InputBlock(label, element) { BlockId = input.Id, Optional = input is TextCardInput { IsOptional: true } };
    }

    private static TextObject? Placeholder(string? text) =>
        text is { Length: > 0 } ? TextObject.Plain(SlackText.Truncate(text, BlockKitLimits.Placeholder)) : null;

    /// <summary>Options whose value is too long to send back intact are left out rather than cut.</summary>
    private static List<SelectOption> Options(ChoiceCardInput choice) =>
        [.. choice.Choices
            .Where(c => c.Value.Length is > 0 and <= BlockKitLimits.OptionValue)
            .Take(BlockKitLimits.SelectOptions)
            .Select(c => new SelectOption(TextObject.Plain(SlackText.Truncate(string.IsNullOrWhiteSpace(c.Title) ? c.Value : c.Title, BlockKitLimits.OptionText)), c.Value))];
}
