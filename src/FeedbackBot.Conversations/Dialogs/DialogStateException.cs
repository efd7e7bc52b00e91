namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// A stored frame no longer fits its dialog (its state record or steps changed in a release).
/// The engine answers it by starting the conversation fresh instead of failing every turn.
/// </summary>
public sealed class DialogStateException : Exception
{
    public DialogStateException()
    {
    }

    public DialogStateException(string message)
        : base(message)
    {
    }

    public DialogStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
