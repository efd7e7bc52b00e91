using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// Asks for free text. The answer is the typed text, trimmed, or a card input submitted under
/// <see cref="PromptInputIds.Answer"/>; an empty answer is invalid.
/// </summary>
public sealed record TextPrompt : Prompt<string>
{
    public TextPrompt(string text)
        : base(text)
    {
    }

    /// <summary>An optional card shown with the question, e.g. a multi-line input with id <see cref="PromptInputIds.Answer"/>.</summary>
    public Card? Card { get; init; }

    internal override bool RendersCard => Card is not null;

    internal override string Describe(string answer, CultureInfo culture) => answer;

    private protected override Reply Render(string text, CultureInfo culture) => new() { Text = text, Card = Card };

    private protected override bool TryRecognize(ConversationTurn turn, CultureInfo culture, [MaybeNullWhen(false)] out string answer)
    {
        var submitted = turn.Values.TryGetValue(PromptInputIds.Answer, out var value) ? value : turn.Text;
        answer = submitted?.Trim();
        return !string.IsNullOrEmpty(answer);
    }
}
