namespace FeedbackBot.Core.Votes;

/// <summary>
/// The survey rules of a workspace: how long a request stays open, when the one reminder goes out,
/// how often one customer may be asked, sampling, and the time zone weeks are counted in. The host
/// builds it from <see cref="VoteOptions"/> and <c>FeedbackBot:TimeZone</c>.
/// </summary>
public sealed record VoteRules
{
    /// <summary>A request accepts votes this long after it was created (default 7 days).</summary>
    public TimeSpan RequestLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>An unanswered request gets its one reminder this long after it was created (default 2 days).</summary>
    public TimeSpan ReminderAfter { get; init; } = TimeSpan.FromDays(2);

    /// <summary>A customer is asked at most once in this span (default 7 days).</summary>
    public TimeSpan AskInterval { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Ask one in this many interactions (1: every one).</summary>
    public int SampleOneIn { get; init; } = 1;

    /// <summary>The zone whose wall clock decides which ISO week a request belongs to.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;
}
