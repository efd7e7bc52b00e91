using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Passes a delivery turn's replies on and notes whether the question itself arrived: a reply with
/// buttons (the HIT/MISS card) for which the channel gave a message id. The engine swallows a send
/// that failed (the channel's sink logs it and returns no id) and answers a failed save with a
/// plain apology, so "the turn ran" does not mean "the customer was asked".
/// </summary>
internal sealed class QuestionWatch(IReplySink inner) : IReplySink
{
    private int asked;
    private int failed;

    /// <summary>Whether a question arrived and no reply of the turn failed.</summary>
    public bool Asked => Volatile.Read(ref asked) > 0 && Volatile.Read(ref failed) == 0;

    public async Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var id = await inner.SendAsync(reply, ct).ConfigureAwait(false);
        if (id is null)
        {
            Interlocked.Increment(ref failed);
        }
        else if (reply.Card is { Buttons.Count: > 0 } || reply.Choices.Count > 0)
        {
            Interlocked.Increment(ref asked);
        }

        return id;
    }

    public Task UpdateAsync(string messageId, Reply reply, CancellationToken ct) => inner.UpdateAsync(messageId, reply, ct);
}
