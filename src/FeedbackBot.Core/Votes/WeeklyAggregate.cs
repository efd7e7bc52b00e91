using System.Collections.Immutable;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// One tenant's counters for one ISO week: every vote counted once (a re-vote moves its count,
/// never adds one), the requests sent, and the same HIT/MISS split per agent, per team and per
/// service element. It is derived data: <see cref="VoteTally"/> rebuilds it from the votes and
/// requests of the week.
/// </summary>
public sealed record WeeklyAggregate
{
    public required string Tenant { get; init; }
    public required IsoWeek Week { get; init; }

    /// <summary>Feedback requests of the week that were sent to a customer (skipped ones do not count).</summary>
    public int Requests { get; init; }

    public HitMissCount Votes { get; init; }

    /// <summary>HIT votes of the week.</summary>
    public int Hits => Votes.Hits;

    /// <summary>MISS votes of the week.</summary>
    public int Misses => Votes.Misses;

    /// <summary>Per agent id.</summary>
    public ImmutableSortedDictionary<string, HitMissCount> ByAgent { get; init; } = ImmutableSortedDictionary.Create<string, HitMissCount>(StringComparer.Ordinal);

    /// <summary>Per team name (votes without a team are not listed).</summary>
    public ImmutableSortedDictionary<string, HitMissCount> ByTeam { get; init; } = ImmutableSortedDictionary.Create<string, HitMissCount>(StringComparer.Ordinal);

    /// <summary>Per service element id (only votes that named an element).</summary>
    public ImmutableSortedDictionary<string, HitMissCount> ByElement { get; init; } = ImmutableSortedDictionary.Create<string, HitMissCount>(StringComparer.Ordinal);

    /// <summary>The latest display name seen per agent id, for summaries.</summary>
    public ImmutableSortedDictionary<string, string> AgentNames { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Votes divided by requests, or <c>null</c> before any request.</summary>
    public double? ResponseRate => Requests == 0 ? null : (double)Votes.Total / Requests;

    /// <summary>An aggregate with nothing counted yet.</summary>
    public static WeeklyAggregate Empty(string tenant, IsoWeek week) => new() { Tenant = tenant, Week = week };
}
