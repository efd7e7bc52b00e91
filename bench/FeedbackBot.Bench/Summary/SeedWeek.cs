using FeedbackBot.Core.Service;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Bench.Summary;

/// <summary>
/// The week the summary bench reads: N votes of one tenant, 30 % MISS and half of those with a
/// comment, spread over the week, and the aggregate rows the vote recorder would have counted
/// (the week's own, recounted from these votes, and copies for the earlier trend weeks).
/// </summary>
internal static class SeedWeek
{
    public static IEnumerable<Vote> Votes(string tenant, IsoWeek week, int count)
    {
        var start = week.StartIn(TimeZoneInfo.Utc);
        for (var i = 0; i < count; i++)
        {
            var miss = i % 10 < 3;
            yield return new Vote
            {
                Tenant = tenant,
                Week = week,
                InteractionId = $"ticket-{i}",
                RequestId = $"request-{i}",
                Verdict = miss ? Verdict.Miss : Verdict.Hit,
                Comment = miss && i % 2 == 0 ? $"Comment {i}: waited, \"too long\"" : null,
                ElementId = ServiceElementDefaults.All[i % ServiceElementDefaults.All.Count].Id,
                AgentId = $"agent-{i % 50}",
                AgentName = $"Agent {i % 50}",
                Team = $"team-{i % 5}",
                Via = "link",
                VotedAt = start.AddSeconds(i % 600_000),
            };
        }
    }

    /// <summary>The week's aggregate recounted from its votes (two requests per vote), and the earlier trend weeks as copies.</summary>
    public static IEnumerable<WeeklyAggregate> Aggregates(string tenant, IsoWeek week, int count)
    {
        var counted = VoteTally.Rebuild(tenant, week, Votes(tenant, week, count), []) with { Requests = count * 2 };
        for (var back = 0; back < WeeklySummaryBuilder.TrendWeeks; back++)
        {
            yield return counted with { Week = week.Minus(back) };
        }
    }

    public static async Task WriteAggregatesAsync(IWeeklyAggregateStore store, string tenant, IsoWeek week, int count, CancellationToken ct)
    {
        foreach (var aggregate in Aggregates(tenant, week, count))
        {
            await store.TryWriteAsync(aggregate, null, ct);
        }
    }
}
