using System.Globalization;
using System.Text.Json;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Replies;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>
/// Renders a neutral <see cref="Reply"/> as Block Kit messages. Every limit of PROTOCOLS.md 6.10
/// is kept by splitting (long text into several sections, many blocks into several messages)
/// or truncating (headers, button texts); rendering never fails. Card inputs cannot be typed
/// into a message, so a message asks for them as a typed answer; forms open as modals instead
/// where Slack allows it (<see cref="ModalRenderer"/>).
/// </summary>
internal static class MessageRenderer
{
    /// <summary>The reply as one or more messages of at most 50 blocks; the buttons are in the last.</summary>
    public static IReadOnlyList<SlackMessage> Render(Reply reply, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = Blocks(reply, culture);
        if (blocks.Count <= BlockKitLimits.BlocksPerMessage)
        {
            return [new SlackMessage(FallbackText(reply, blocks), blocks)];
        }

        return [.. blocks.Chunk(BlockKitLimits.BlocksPerMessage).Select(chunk => new SlackMessage(FallbackText(null, chunk), chunk))];
    }

    /// <summary>
    /// The reply as exactly one message, for replacing an earlier one (<c>chat.update</c>): beyond
    /// 50 blocks the text is shortened, with a note saying so, and the buttons are kept.
    /// </summary>
    public static SlackMessage RenderOne(Reply reply, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = Blocks(reply, culture);
        if (blocks.Count > BlockKitLimits.BlocksPerMessage)
        {
            var actions = blocks.OfType<ActionsBlock>().Take(BlockKitLimits.BlocksPerMessage - 2).ToList<Block>();
            var note = new ContextBlock([TextObject.Plain(SlackTexts.Get(SlackTexts.MessageShortened, culture))]);
            blocks = [.. blocks.Where(b => b is not ActionsBlock).Take(BlockKitLimits.BlocksPerMessage - 1 - actions.Count), note, .. actions];
        }

        return new SlackMessage(FallbackText(reply, blocks), blocks);
    }

    private static List<Block> Blocks(Reply reply, CultureInfo culture)
    {
        var blocks = new List<Block>();
        AddSections(blocks, reply.Text);
        if (reply.Card is { } card)
        {
            AddCard(blocks, card, culture);
        }

        AddButtons(blocks, reply.Choices.Select((c, i) => ChoiceButton(c, i)));
        return blocks;
    }

    private static void AddCard(List<Block> blocks, Card card, CultureInfo culture)
    {
        if (!string.IsNullOrWhiteSpace(card.Title))
        {
            blocks.Add(new HeaderBlock(TextObject.Plain(SlackText.Truncate(card.Title, BlockKitLimits.HeaderText))));
        }

        AddSections(blocks, card.Text);
        AddFacts(blocks, card.Facts);
        AddImage(blocks, card.Image);
        foreach (var section in card.Sections)
        {
            AddSections(blocks, $"**{section.Heading}**");
            AddSections(blocks, section.Text);
            AddFacts(blocks, section.Facts);
        }

        if (card.Inputs.Count > 0)
        {
            var labels = string.Join(", ", card.Inputs.Select(i => i.Label));
            var ask = SlackTexts.Format(SlackTexts.FormTypeAnswer, culture, labels);
            blocks.Add(new ContextBlock([TextObject.Markdown(SlackText.Truncate(SlackText.ToMarkdown(ask), BlockKitLimits.FieldText))]));
        }

        AddButtons(blocks, [.. card.Buttons.Select((b, i) => CardButton(b, i)), .. card.Links.Select((l, i) => LinkButton(l, i))]);
    }

    /// <summary>An image whose address is too long for Slack is left out; its alt text stands in for it.</summary>
    private static void AddImage(List<Block> blocks, CardImage? image)
    {
        if (image is null)
        {
            return;
        }

        var alt = SlackText.Truncate(string.IsNullOrWhiteSpace(image.AltText) ? "…" : image.AltText, BlockKitLimits.ImageAltText);
        if (image.Url.AbsoluteUri.Length > BlockKitLimits.ImageUrl)
        {
            blocks.Add(new ContextBlock([TextObject.Plain(alt)]));
            return;
        }

        blocks.Add(new ImageBlock(image.Url.AbsoluteUri, alt));
    }

    /// <summary>A link too long for a Slack button is left out rather than cut (a cut URL is a broken one).</summary>
    private static ButtonElement? LinkButton(CardLink link, int index) =>
        link.Url.AbsoluteUri.Length > BlockKitLimits.ButtonUrl
            ? null
            : new ButtonElement(ButtonText(link.Title), ReplySlackIds.LinkPrefix + index.ToString(CultureInfo.InvariantCulture), "link") { Url = link.Url.AbsoluteUri };

    /// <summary>One section per ≤ 3000 characters (after escaping, which lengthens the text).</summary>
    internal static void AddSections(List<Block> blocks, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var piece in SlackText.Split(SlackText.ToMarkdown(text), BlockKitLimits.SectionText))
        {
            blocks.Add(new SectionBlock { Text = TextObject.Markdown(piece) });
        }
    }

    /// <summary>Facts as section fields, ten per section, each "*label*\nvalue" within 2000 characters.</summary>
    internal static void AddFacts(List<Block> blocks, IReadOnlyList<CardFact> facts)
    {
        foreach (var chunk in facts.Chunk(BlockKitLimits.FieldsPerSection))
        {
            var fields = chunk
                .Select(f => TextObject.Markdown(SlackText.Truncate($"*{SlackText.ToMarkdown(f.Label)}*\n{SlackText.ToMarkdown(f.Value)}", BlockKitLimits.FieldText)))
                .ToList();
            blocks.Add(new SectionBlock { Fields = fields });
        }
    }

    private static void AddButtons(List<Block> blocks, IEnumerable<ButtonElement?> buttons)
    {
        foreach (var chunk in buttons.OfType<ButtonElement>().Chunk(BlockKitLimits.ElementsPerActions))
        {
            blocks.Add(new ActionsBlock(chunk));
        }
    }

    /// <summary>A choice's value is what the user "says"; one too long for a button value is left out rather than cut.</summary>
    private static ButtonElement? ChoiceButton(ReplyChoice choice, int index) =>
        choice.Value.Length > BlockKitLimits.ButtonValue
            ? null
            : new ButtonElement(ButtonText(choice.Title), ReplySlackIds.ChoicePrefix + index.ToString(CultureInfo.InvariantCulture), choice.Value);

    /// <summary>The button's data travels as a JSON object in its value; data too long for it is left out rather than cut.</summary>
    private static ButtonElement? CardButton(CardButton button, int index)
    {
        var value = JsonSerializer.Serialize(button.Data, SlackJson.Options);
        if (value.Length > BlockKitLimits.ButtonValue)
        {
            return null;
        }

        return new ButtonElement(ButtonText(button.Title), ReplySlackIds.CardButtonPrefix + index.ToString(CultureInfo.InvariantCulture), value)
        {
            Style = button.Style switch
            {
                ButtonStyle.Positive => "primary",
                ButtonStyle.Destructive => "danger",
                _ => null,
            },
        };
    }

    private static TextObject ButtonText(string title) =>
        TextObject.Plain(SlackText.Truncate(string.IsNullOrWhiteSpace(title) ? "…" : title, BlockKitLimits.ButtonText));

    /// <summary>
    /// The notification text: the reply's own text where it has one, else the text in the blocks.
    /// Never empty, since Slack then warns, and within the 4000 characters Slack asks for.
    /// </summary>
    private static string FallbackText(Reply? reply, IEnumerable<Block> blocks)
    {
        var text = SlackText.JoinLines([reply?.Text is { } own ? SlackText.ToMarkdown(own) : null, reply?.Card?.Title]);
        if (text.Length == 0)
        {
            text = SlackText.JoinLines(blocks.SelectMany(BlockTexts));
        }

        return text.Length == 0 ? "…" : SlackText.Truncate(text, BlockKitLimits.MessageText);
    }

    private static IEnumerable<string?> BlockTexts(Block block) => block switch
    {
        HeaderBlock header => [header.Text.Text],
        SectionBlock section => (section.Fields ?? []).Select(f => (string?)f.Text).Prepend(section.Text?.Text),
        ContextBlock context => context.Elements.Select(e => e.Text),
        ActionsBlock actions => actions.Elements.Select(e => e.Text.Text),
        ImageBlock image => [image.AltText],
        _ => [],
    };
}
