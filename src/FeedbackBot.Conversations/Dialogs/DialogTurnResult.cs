namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// What a dialog asks the engine to do with the stack after it ran: keep waiting for the user,
/// end (handing a result to its parent), start a child dialog, or end every dialog.
/// </summary>
public abstract record DialogTurnResult
{
    private DialogTurnResult()
    {
    }

    /// <summary>The dialog waits for the user's next message, with its frame as given.</summary>
    public static DialogTurnResult Waiting(DialogFrame frame) => new WaitingForUser(frame);

    /// <summary>The dialog is done; its parent (if any) resumes with <paramref name="result"/> in the same turn.</summary>
    public static DialogTurnResult Ended(object? result) => new DialogEnded(result);

    /// <summary>The dialog stores <paramref name="frame"/> and starts a child; it resumes when the child ends.</summary>
    public static DialogTurnResult BeginChild(DialogFrame frame, string childDialogId, string? argument) =>
        new ChildStarted(frame, childDialogId, argument);

    /// <summary>Every dialog on the stack ends (the dialog already told the user why).</summary>
    public static DialogTurnResult CancelAll() => new AllCancelled();

    internal sealed record WaitingForUser(DialogFrame Frame) : DialogTurnResult;

    internal sealed record DialogEnded(object? Result) : DialogTurnResult;

    internal sealed record ChildStarted(DialogFrame Frame, string ChildDialogId, string? Argument) : DialogTurnResult;

    internal sealed record AllCancelled : DialogTurnResult;
}
