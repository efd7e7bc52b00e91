using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Summaries;

/// <summary>What <see cref="WeeklySummaryBuilder"/> computes a summary from; all of it one tenant's.</summary>
public sealed record SummaryInputs
{
    public required string Tenant { get; init; }

    public required SummaryQuery Query { get; init; }

    /// <summary>The workspace's time zone: weeks and "this week" are on its calendar.</summary>
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>
    /// The stored aggregates of the trend weeks (<see cref="WeeklySummaryBuilder.TrendStart"/> up to
    /// the asked week); weeks without a row count as empty.
    /// </summary>
    public IReadOnlyList<WeeklyAggregate> Aggregates { get; init; } = [];

    /// <summary>The week's newest MISS votes with a comment (already narrowed to the team, if any).</summary>
    public IReadOnlyList<Vote> LatestMisses { get; init; } = [];

    /// <summary>Decision checks created from <see cref="WeeklySummaryBuilder.DecisionsReadSince"/> up to the week's end.</summary>
    public IReadOnlyList<DecisionRecord> Decisions { get; init; } = [];

    /// <summary>The workspace's service elements, for their names.</summary>
    public IReadOnlyList<ServiceElement> Elements { get; init; } = [];
}
