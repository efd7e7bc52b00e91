using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// Holds a turn's replies until its state is saved. A turn that loses a write race is re-run,
/// and its first attempt's replies must never reach the user.
/// </summary>
internal sealed class ReplyBuffer
{
    private readonly List<(string? MessageId, Reply Reply)> replies = [];

    public void Send(Reply reply) => replies.Add((null, reply));

    public void Update(string messageId, Reply reply) => replies.Add((messageId, reply));

    public void Clear() => replies.Clear();

    public async Task FlushAsync(IReplySink sink, CancellationToken ct)
    {
        foreach (var (messageId, reply) in replies)
        {
            if (messageId is null)
            {
                await sink.SendAsync(reply, ct).ConfigureAwait(false);
            }
            else
            {
                await sink.UpdateAsync(messageId, reply, ct).ConfigureAwait(false);
            }
        }
    }
}
