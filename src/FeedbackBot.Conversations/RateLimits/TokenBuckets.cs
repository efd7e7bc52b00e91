using System.Threading.RateLimiting;

namespace FeedbackBot.Conversations.RateLimits;

/// <summary>The one shape of bucket every FeedbackBot rate limit uses, on HTTP endpoints and on chat turns.</summary>
public static class TokenBuckets
{
    /// <summary>
    /// A token bucket of <paramref name="burst"/> tokens, refilled by <paramref name="tokensPerPeriod"/>
    /// every <paramref name="period"/>, that refuses at once when empty: no queue, so a flooding
    /// caller is told to slow down rather than parked while holding a connection.
    /// </summary>
    public static TokenBucketRateLimiterOptions Refusing(int tokensPerPeriod, TimeSpan period, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = tokensPerPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
