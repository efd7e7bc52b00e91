namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// One option of a <see cref="ChoicePrompt"/>. <see cref="Value"/> is what the dialog gets back
/// and what buttons send; <see cref="Title"/> is shown. Typed answers match the value, the title
/// or a synonym, ignoring case, spacing, punctuation and emoji.
/// </summary>
public sealed record Choice(string Value, string Title)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    internal bool Matches(string normalizedAnswer) =>
        normalizedAnswer.Length > 0
        && (AnswerText.Normalize(Value) == normalizedAnswer
            || AnswerText.Normalize(Title) == normalizedAnswer
            || Synonyms.Any(s => AnswerText.Normalize(s) == normalizedAnswer));
}
