using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// What a dialog sees while it runs: the turn, the culture to answer in, its own stored frame,
/// the clock, and a way to reply. Replies are held back until the turn's state is saved.
/// </summary>
public sealed class DialogContext
{
    private readonly TurnScope scope;

    internal DialogContext(TurnScope scope, DialogFrame frame)
    {
        this.scope = scope;
        Frame = frame;
    }

    public ConversationTurn Turn => scope.Turn;

    /// <summary>The language to answer in, resolved from the turn's locale. Pass it to every resource lookup.</summary>
    public CultureInfo Culture => scope.Culture;

    /// <summary>The dialog's frame as stored (for <see cref="IDialog.BeginAsync"/>: a fresh one).</summary>
    public DialogFrame Frame { get; }

    public TimeProvider Time => scope.Time;

    public void Send(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        scope.Replies.Send(reply);
    }

    /// <summary>Replaces an earlier bot message, typically the card the user just answered.</summary>
    public void Update(string messageId, Reply reply)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentNullException.ThrowIfNull(reply);
        scope.Replies.Update(messageId, reply);
    }
}
