using System.Collections.Immutable;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// The arithmetic of weekly aggregates: counting a vote in (or out), and rebuilding a week from
/// its votes and requests. Counting a replaced vote out and its replacement in keeps every total
/// exact, whatever order concurrent changes arrive in (the changes commute).
/// </summary>
public static class VoteTally
{
    /// <summary><paramref name="aggregate"/> with <paramref name="vote"/> counted in (<paramref name="sign"/> +1) or out (-1).</summary>
    public static WeeklyAggregate Count(WeeklyAggregate aggregate, Vote vote, int sign) => Count(aggregate, CountedVote.Of(vote), sign);

    /// <summary><paramref name="aggregate"/> with what a vote counts added (<paramref name="sign"/> +1) or taken away (-1).</summary>
    public static WeeklyAggregate Count(WeeklyAggregate aggregate, CountedVote vote, int sign)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(vote);
        var counted = aggregate with
        {
            Votes = aggregate.Votes.Add(vote.Verdict, sign),
            ByAgent = Bump(aggregate.ByAgent, vote.AgentId, vote.Verdict, sign),
            ByTeam = vote.Team is { Length: > 0 } team ? Bump(aggregate.ByTeam, team, vote.Verdict, sign) : aggregate.ByTeam,
            ByElement = vote.ElementId is { Length: > 0 } element ? Bump(aggregate.ByElement, element, vote.Verdict, sign) : aggregate.ByElement,
        };
        return sign > 0 && vote.AgentName is { Length: > 0 } name
            ? counted with { AgentNames = counted.AgentNames.SetItem(vote.AgentId, name) }
            : counted;
    }

    /// <summary><paramref name="aggregate"/> with <paramref name="before"/> (if any) replaced by <paramref name="after"/>.</summary>
    public static WeeklyAggregate Replace(WeeklyAggregate aggregate, Vote? before, Vote after)
    {
        var without = before is null ? aggregate : Count(aggregate, before, -1);
        return Count(without, after, +1);
    }

    /// <summary>The aggregate a week's votes and requests add up to.</summary>
    public static WeeklyAggregate Rebuild(string tenant, IsoWeek week, IEnumerable<Vote> votes, IEnumerable<FeedbackRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(requests);
        var aggregate = WeeklyAggregate.Empty(tenant, week) with { Requests = requests.Count(r => r.Asked) };
        return votes.OrderBy(v => v.VotedAt).Aggregate(aggregate, (current, vote) => Count(current, vote, +1));
    }

    private static ImmutableSortedDictionary<string, HitMissCount> Bump(
        ImmutableSortedDictionary<string, HitMissCount> counts, string key, Verdict verdict, int sign)
    {
        var next = counts.GetValueOrDefault(key).Add(verdict, sign);
        return next is { Hits: 0, Misses: 0 } ? counts.Remove(key) : counts.SetItem(key, next);
    }
}
