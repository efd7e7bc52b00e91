namespace FeedbackBot.Conversations.RateLimits;

/// <summary>
/// <c>FeedbackBot:RateLimits</c>: how fast one user, one API key or one client address may go,
/// per instance. Each pair is a token bucket: the burst is spent at once, then the rate refills
/// it. A rate of 0 turns that limit off (load and fuzz runs do; production should not).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "FeedbackBot:RateLimits";

    /// <summary>Chat turns (messages, card clicks) one user may send per minute on any channel, after the burst.</summary>
    public int TurnsPerMinute { get; set; } = 60;

    /// <summary>Chat turns one user may send at once.</summary>
    public int TurnBurst { get; set; } = 30;

    /// <summary><c>POST /api/interactions</c> calls one API key may make per minute, after the burst.</summary>
    public int InteractionsPerMinute { get; set; } = 1200;

    /// <summary><c>POST /api/interactions</c> calls one API key may make at once.</summary>
    public int InteractionBurst { get; set; } = 200;

    /// <summary>Requests one client address may make per minute to the signed links (survey votes, summary chart and CSV), after the burst.</summary>
    public int LinkRequestsPerMinute { get; set; } = 60;

    /// <summary>Requests one client address may make to the signed links at once.</summary>
    public int LinkBurst { get; set; } = 30;

    /// <summary>Whether the values make sense: rates and bursts are never negative, and a limit that is on has a burst.</summary>
    public bool IsValid() =>
        Valid(TurnsPerMinute, TurnBurst) && Valid(InteractionsPerMinute, InteractionBurst) && Valid(LinkRequestsPerMinute, LinkBurst);

    private static bool Valid(int rate, int burst) => rate == 0 || (rate > 0 && burst > 0);
}
