using System.Globalization;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// Asks a yes/no question. Yes and No are offered in the turn's language, and typed answers are
/// understood in English and German whatever the locale: yes, y, ja, j / no, n, nein.
/// </summary>
public sealed record ConfirmPrompt : Prompt<bool>
{
    private const string YesValue = "yes";
    private const string NoValue = "no";

    private static readonly string[] YesWords = [YesValue, "y", "ja", "j"];
    private static readonly string[] NoWords = [NoValue, "n", "nein"];

    public ConfirmPrompt(string text)
        : base(text)
    {
    }

    public ChoiceStyle Style { get; init; } = ChoiceStyle.QuickReplies;

    /// <summary>What a <see cref="ChoiceStyle.Form"/> card shows besides the options.</summary>
    public FormDetails? Form { get; init; }

    internal override bool RendersCard => Style is ChoiceStyle.CardButtons or ChoiceStyle.Form;

    internal override string Describe(bool answer, CultureInfo culture) =>
        ConversationTexts.Get(answer ? ConversationTexts.Yes : ConversationTexts.No, culture);

    private protected override Reply Render(string text, CultureInfo culture) =>
        ChoiceRendering.Render(
            text,
            [
                new Choice(YesValue, ConversationTexts.Get(ConversationTexts.Yes, culture)),
                new Choice(NoValue, ConversationTexts.Get(ConversationTexts.No, culture)),
            ],
            Style,
            Form,
            culture);

    private protected override bool TryRecognize(ConversationTurn turn, CultureInfo culture, out bool answer)
    {
        var said = AnswerText.Normalize(turn.Values.TryGetValue(PromptInputIds.Answer, out var submitted) ? submitted : turn.Text);
        answer = YesWords.Contains(said, StringComparer.Ordinal);
        return answer || NoWords.Contains(said, StringComparer.Ordinal);
    }
}
