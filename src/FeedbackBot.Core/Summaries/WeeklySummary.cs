using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Summaries;

/// <summary>
/// The figures of one week's summary for managers, computed by <see cref="WeeklySummaryBuilder"/>
/// from the weekly aggregates (never from the votes themselves), the latest MISS comments and the
/// decision log. Rates are fractions (0..1); changes are in percentage points.
/// </summary>
public sealed record WeeklySummary
{
    public required string Tenant { get; init; }

    public required IsoWeek Week { get; init; }

    /// <summary>The team the summary is narrowed to (as stored on the votes), or <c>null</c> for the workspace.</summary>
    public string? Team { get; init; }

    /// <summary>The week's Monday and Sunday on the workspace's calendar.</summary>
    public required DateOnly FirstDay { get; init; }

    public required DateOnly LastDay { get; init; }

    public required HitMissCount Votes { get; init; }

    /// <summary>Requests sent this week; <c>null</c> for a team summary (requests are counted per workspace).</summary>
    public int? Requests { get; init; }

    /// <summary>Votes divided by requests; <c>null</c> without requests or for a team.</summary>
    public double? ResponseRate { get; init; }

    /// <summary>The same week-level figures one week earlier, and how this week differs.</summary>
    public required WeekChange Change { get; init; }

    /// <summary>Agents with at least <see cref="WeeklySummaryBuilder.MinVotesPerPerson"/> votes, best HIT rate first.</summary>
    public IReadOnlyList<BreakdownRow> Agents { get; init; } = [];

    /// <summary>How many agents had votes but fewer than the minimum (counted, never named).</summary>
    public int AgentsBelowMinimum { get; init; }

    /// <summary>Teams with at least <see cref="WeeklySummaryBuilder.MinVotesPerPerson"/> votes.</summary>
    public IReadOnlyList<BreakdownRow> Teams { get; init; } = [];

    public int TeamsBelowMinimum { get; init; }

    /// <summary>Every service element a vote named this week, most MISSes first.</summary>
    public IReadOnlyList<BreakdownRow> Elements { get; init; } = [];

    /// <summary>The eight weeks up to and including <see cref="Week"/>, oldest first, weeks without votes included.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; init; } = [];

    /// <summary>The newest MISS comments, verbatim, newest first.</summary>
    public IReadOnlyList<MissComment> MissComments { get; init; } = [];

    /// <summary>Decision checks of the week, and loops closed in it.</summary>
    public required DecisionFigures Decisions { get; init; }

    /// <summary>True when the week has neither requests nor votes.</summary>
    public bool IsEmpty => Votes.Total == 0 && (Requests ?? 0) == 0;
}

/// <summary>The previous week's figures and the change to this week.</summary>
/// <param name="PreviousVotes">Last week's HIT/MISS counts.</param>
/// <param name="PreviousResponseRate">Last week's response rate, when it had one.</param>
/// <param name="HitRatePoints">This week's HIT rate minus last week's, in percentage points; <c>null</c> when either week has no votes.</param>
/// <param name="VoteCountChange">This week's votes minus last week's.</param>
/// <param name="ResponseRatePoints">The response rate's change in percentage points; <c>null</c> when either is unknown.</param>
public sealed record WeekChange(HitMissCount PreviousVotes, double? PreviousResponseRate, double? HitRatePoints, int VoteCountChange, double? ResponseRatePoints);

/// <summary>One row of a breakdown: an agent, a team or an element with its counts.</summary>
/// <param name="Key">The agent id, team name or element id.</param>
/// <param name="Name">What to show: the agent's or element's name, else the key.</param>
public sealed record BreakdownRow(string Key, string Name, HitMissCount Votes);

/// <summary>One week of the trend chart.</summary>
public sealed record TrendPoint(IsoWeek Week, HitMissCount Votes);

/// <summary>A MISS comment as the customer wrote it, with where it came from (<see cref="VotedAt"/> on the workspace's clock).</summary>
public sealed record MissComment(string Text, DateTimeOffset VotedAt, string? AgentName, string? Team, string? ElementName);

/// <summary>
/// The decision checks a summary shows: those run this week, those whose loop closed this week,
/// and how often predictions came true over the closed loops of the lookback period.
/// </summary>
/// <param name="Checks">Checks created this week, newest first.</param>
/// <param name="ClosedLoops">Checks whose actual reaction was recorded this week, newest first.</param>
/// <param name="ClosedInLookback">Closed loops recorded in the lookback period up to this week's end.</param>
/// <param name="CameTrueInLookback">Of those, the ones whose actual reaction matched the prediction.</param>
/// <param name="LookbackWeeks">The lookback period in weeks.</param>
public sealed record DecisionFigures(
    IReadOnlyList<DecisionRecord> Checks,
    IReadOnlyList<DecisionRecord> ClosedLoops,
    int ClosedInLookback,
    int CameTrueInLookback,
    int LookbackWeeks)
{
    /// <summary>Predictions that came true as a share of closed loops; <c>null</c> before any loop closed.</summary>
    public double? PredictionRate => ClosedInLookback == 0 ? null : (double)CameTrueInLookback / ClosedInLookback;

    public static DecisionFigures None(int lookbackWeeks) => new([], [], 0, 0, lookbackWeeks);
}
