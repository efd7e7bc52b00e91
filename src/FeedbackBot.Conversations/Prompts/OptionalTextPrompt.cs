using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// Asks for free text the user may skip: typed text is the answer, and the skip button (or typing
/// its title or value) answers with an empty string.
/// </summary>
public sealed record OptionalTextPrompt : Prompt<string>
{
    public OptionalTextPrompt(string text, Choice skip)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(skip);
        Skip = skip;
    }

    public Choice Skip { get; }

    /// <summary>Longest accepted answer; longer text is re-asked (<see cref="Prompt.RetryText"/>).</summary>
    public int MaxLength { get; init; } = 2000;

    internal override bool RendersCard => false;

    internal override string Describe(string answer, CultureInfo culture) => answer.Length == 0 ? Skip.Title : answer;

    private protected override Reply Render(string text, CultureInfo culture) =>
        new() { Text = text, Choices = [new ReplyChoice(Skip.Title, Skip.Value)] };

    private protected override bool TryRecognize(ConversationTurn turn, CultureInfo culture, [MaybeNullWhen(false)] out string answer)
    {
        var submitted = (turn.Values.TryGetValue(PromptInputIds.Answer, out var value) ? value : turn.Text)?.Trim();
        answer = submitted is null || Skip.Matches(AnswerText.Normalize(submitted)) ? "" : submitted;
        return submitted is { Length: > 0 } && answer.Length <= MaxLength;
    }
}
