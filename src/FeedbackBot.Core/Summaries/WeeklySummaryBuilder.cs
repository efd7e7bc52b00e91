using System.Collections.Immutable;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Summaries;

/// <summary>
/// Computes a <see cref="WeeklySummary"/> from aggregates, MISS comments and decision records.
/// Pure: no clock, no I/O, so every figure can be checked against a seeded week.
/// </summary>
public static class WeeklySummaryBuilder
{
    /// <summary>
    /// An agent or team is listed only from this many votes: fewer say little about a person and
    /// make one customer's vote identifiable.
    /// </summary>
    public const int MinVotesPerPerson = 3;

    /// <summary>Weeks in the trend chart, the asked week included.</summary>
    public const int TrendWeeks = 8;

    /// <summary>MISS comments shown in a summary.</summary>
    public const int MaxMissComments = 5;

    /// <summary>Weeks of closed loops the prediction rate is taken over (a quarter).</summary>
    public const int DecisionLookbackWeeks = 13;

    /// <summary>The first week whose aggregate a summary of <paramref name="week"/> reads.</summary>
    public static IsoWeek TrendStart(IsoWeek week) => week.Minus(TrendWeeks - 1);

    /// <summary>
    /// The earliest creation time of the decision checks a summary of <paramref name="week"/> reads:
    /// two lookback periods back, so a check whose loop closed within the lookback is found even
    /// when it was created long before (follow-ups come weeks after the check).
    /// </summary>
    public static DateTimeOffset DecisionsReadSince(IsoWeek week, TimeZoneInfo zone) => week.Minus((2 * DecisionLookbackWeeks) - 1).StartIn(zone);

    public static WeeklySummary Build(SummaryInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var week = inputs.Query.Week;
        var byWeek = inputs.Aggregates
            .Where(a => a.Tenant == inputs.Tenant)
            .GroupBy(a => a.Week)
            .ToDictionary(g => g.Key, g => g.Last());
        var team = ResolveTeam(inputs.Query.Team, byWeek.Values);
        var current = byWeek.GetValueOrDefault(week) ?? WeeklyAggregate.Empty(inputs.Tenant, week);
        var previous = byWeek.GetValueOrDefault(week.Previous()) ?? WeeklyAggregate.Empty(inputs.Tenant, week.Previous());
        var votes = Slice(current, team);
        var previousVotes = Slice(previous, team);
        var responseRate = team is null ? current.ResponseRate : null;
        var previousResponseRate = team is null ? previous.ResponseRate : null;

        return new WeeklySummary
        {
            Tenant = inputs.Tenant,
            Week = week,
            Team = team,
            FirstDay = week.FirstDay,
            LastDay = week.FirstDay.AddDays(6),
            Votes = votes,
            Requests = team is null ? current.Requests : null,
            ResponseRate = responseRate,
            Change = new WeekChange(
                previousVotes,
                previousResponseRate,
                Points(votes.HitRate, previousVotes.HitRate),
                votes.Total - previousVotes.Total,
                Points(responseRate, previousResponseRate)),
            // Agents and elements are not split by team in the aggregate; a team summary shows the team's own figures only.
            Agents = team is null ? Listed(current.ByAgent, id => current.AgentNames.GetValueOrDefault(id) ?? id) : [],
            AgentsBelowMinimum = team is null ? Unlisted(current.ByAgent) : 0,
            Teams = team is null ? Listed(current.ByTeam, name => name) : [],
            TeamsBelowMinimum = team is null ? Unlisted(current.ByTeam) : 0,
            Elements = team is null ? ElementRows(current, inputs) : [],
            Trend = [.. Enumerable.Range(0, TrendWeeks)
                .Select(i => week.Minus(TrendWeeks - 1 - i))
                .Select(w => new TrendPoint(w, byWeek.TryGetValue(w, out var a) ? Slice(a, team) : default))],
            MissComments = MissComments(inputs, team),
            Decisions = team is null ? DecisionFiguresOf(inputs.Decisions, week, inputs.Zone) : DecisionFigures.None(DecisionLookbackWeeks),
        };
    }

    /// <summary>The stored spelling of the team the user typed (case-insensitive), so "support" finds "Support".</summary>
    public static string? ResolveTeam(string? typed, IEnumerable<WeeklyAggregate> aggregates)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        if (typed is null) return null;
        return aggregates
            .SelectMany(a => a.ByTeam.Keys)
            .FirstOrDefault(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase))
            ?? typed;
    }

    private static HitMissCount Slice(WeeklyAggregate aggregate, string? team) =>
        team is null ? aggregate.Votes : aggregate.ByTeam.GetValueOrDefault(team);

    private static double? Points(double? now, double? before) =>
        now is { } a && before is { } b ? (a - b) * 100 : null;

    private static List<BreakdownRow> Listed(ImmutableSortedDictionary<string, HitMissCount> counts, Func<string, string> name) =>
        [.. counts
            .Where(c => c.Value.Total >= MinVotesPerPerson)
            .Select(c => new BreakdownRow(c.Key, name(c.Key), c.Value))
            .OrderByDescending(r => r.Votes.HitRate)
            .ThenByDescending(r => r.Votes.Total)
            .ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];

    private static int Unlisted(ImmutableSortedDictionary<string, HitMissCount> counts) =>
        counts.Count(c => c.Value.Total is > 0 and < MinVotesPerPerson);

    private static List<BreakdownRow> ElementRows(WeeklyAggregate current, SummaryInputs inputs) =>
        [.. current.ByElement
            .Where(e => e.Value.Total > 0)
            .Select(e => new BreakdownRow(e.Key, ElementName(e.Key, inputs), e.Value))
            .OrderByDescending(r => r.Votes.Misses)
            .ThenByDescending(r => r.Votes.Total)
            .ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];

    private static string ElementName(string id, SummaryInputs inputs) =>
        inputs.Elements.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    private static List<MissComment> MissComments(SummaryInputs inputs, string? team) =>
        [.. inputs.LatestMisses
            .Where(v => v.Tenant == inputs.Tenant && v.Week == inputs.Query.Week && v.Verdict == Verdict.Miss)
            .Where(v => !string.IsNullOrWhiteSpace(v.Comment))
            .Where(v => team is null || string.Equals(v.Team, team, StringComparison.Ordinal))
            .OrderByDescending(v => v.VotedAt)
            .Take(MaxMissComments)
            .Select(v => new MissComment(v.Comment!, TimeZoneInfo.ConvertTime(v.VotedAt, inputs.Zone), v.AgentName, v.Team, v.ElementId is null ? null : ElementName(v.ElementId, inputs)))];

    private static DecisionFigures DecisionFiguresOf(IReadOnlyList<DecisionRecord> decisions, IsoWeek week, TimeZoneInfo zone)
    {
        var start = week.StartIn(zone);
        var end = week.EndIn(zone);
        var lookbackStart = week.Minus(DecisionLookbackWeeks - 1).StartIn(zone);
        var mine = decisions.Where(d => d.CreatedAt < end).ToList();
        var closed = mine
            .Where(d => d.ActualReaction is not null && d.ActualRecordedAt is { } at && at >= lookbackStart && at < end)
            .ToList();
        return new DecisionFigures(
            [.. mine.Where(d => d.CreatedAt >= start).OrderByDescending(d => d.CreatedAt)],
            [.. closed.Where(d => d.ActualRecordedAt >= start).OrderByDescending(d => d.ActualRecordedAt)],
            closed.Count,
            closed.Count(d => d.ActualReaction == d.PredictedReaction),
            DecisionLookbackWeeks);
    }
}
