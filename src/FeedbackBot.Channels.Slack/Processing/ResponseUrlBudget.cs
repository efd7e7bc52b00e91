namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// A <c>response_url</c> may be used up to 5 times within 30 minutes of receipt (PROTOCOLS.md
/// 6.3); past that, replies go through the Web API. One budget per inbound request.
/// </summary>
internal sealed class ResponseUrlBudget(DateTimeOffset receivedAt, TimeProvider time)
{
    public const int MaxUses = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private int uses;

    /// <summary>Takes one use; false when none is left or the URL has expired.</summary>
    public bool TryUse()
    {
        if (time.GetUtcNow() - receivedAt >= Lifetime)
        {
            return false;
        }

        return Interlocked.Increment(ref uses) <= MaxUses;
    }
}
