using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>One reply a turn produced: a new message, or the replacement of <see cref="MessageId"/>.</summary>
internal sealed record CapturedReply(string? MessageId, Reply Reply);

/// <summary>
/// Keeps a turn's replies instead of sending them, for a modal submission: Slack wants field
/// errors or the next form in the response to the request, and everything else is delivered
/// afterwards.
/// </summary>
internal sealed class CapturingReplySink : IReplySink
{
    private readonly List<CapturedReply> replies = [];
    private readonly Lock gate = new();

    public IReadOnlyList<CapturedReply> Replies
    {
        get
        {
            lock (gate)
            {
                return [.. replies];
            }
        }
    }

    public Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        lock (gate)
        {
            replies.Add(new CapturedReply(null, reply));
        }

        return Task.FromResult<string?>(null);
    }

    public Task UpdateAsync(string messageId, Reply reply, CancellationToken ct)
    {
        lock (gate)
        {
            replies.Add(new CapturedReply(messageId, reply));
        }

        return Task.CompletedTask;
    }
}
