using FeedbackBot.Conversations.Dialogs;

namespace FeedbackBot.Conversations.Engine;

/// <summary>
/// What one turn's attempts saved: the write id each stamped into the state it wrote (or that it
/// deleted the state), with the replies it buffered. A save can fail after the store applied it
/// (its answer lost to a timeout or a dying store), and an earlier attempt can land after a later
/// one began. The next read then shows one of this turn's own writes, and the turn ends with that
/// attempt's replies instead of running the user's answer a second time on top of it.
/// </summary>
internal sealed class TurnAttempts
{
    private readonly Dictionary<string, ReplyBuffer> written = new(StringComparer.Ordinal);
    private ReplyBuffer? deleting;

    /// <summary>Whether a save of this turn failed without an answer, so it may yet have landed.</summary>
    public bool Unanswered { get; private set; }

    /// <summary>Write conflicts with other turns so far.</summary>
    public int Conflicts { get; private set; }

    /// <summary>Re-reads after an unanswered save so far.</summary>
    public int Checks { get; private set; }

    /// <summary>A new write id for an attempt about to save <paramref name="replies"/>'s state.</summary>
    public string Writing(ReplyBuffer replies)
    {
        var id = Guid.NewGuid().ToString("N");
        written[id] = replies;
        return id;
    }

    /// <summary>An attempt about to delete the state (its dialogs ended).</summary>
    public void Deleting(ReplyBuffer replies) => deleting = replies;

    public void SaveUnanswered() => Unanswered = true;

    public void Conflicted() => Conflicts++;

    public void Checked() => Checks++;

    /// <summary>
    /// The replies of the attempt whose save the stored state is, or <c>null</c> when it is none of
    /// ours. A state that is gone counts as our delete having landed: another turn deleting it
    /// from the same version ended the same dialogs, so our answer to the user still holds.
    /// </summary>
    public ReplyBuffer? Landed(bool stateExists, string? storedWriteId) =>
        !stateExists ? deleting
        : storedWriteId is not null ? written.GetValueOrDefault(storedWriteId)
        : null;
}
