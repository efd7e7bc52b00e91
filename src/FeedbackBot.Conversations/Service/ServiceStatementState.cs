using FeedbackBot.Conversations.Prompts;

namespace FeedbackBot.Conversations.Service;

/// <summary>
/// What <c>service-statement</c> was asked to do. Only the form actions wait for an answer; the
/// form's options are kept here, because a prompt is rebuilt from the state alone.
/// </summary>
public sealed record ServiceStatementState(string? Argument, StatementForm Form = StatementForm.None, IReadOnlyList<Choice>? CoverChoices = null);

/// <summary>Which form, if any, the dialog waits on.</summary>
public enum StatementForm
{
    None,
    Statement,
    Coverage,
}
