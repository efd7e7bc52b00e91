using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Checks;

/// <summary>
/// Reads the store once the bots stopped writing (<see cref="StoreSettling"/>) and compares it with
/// what the bots acknowledged: every acknowledged request and vote is there once with its last
/// verdict, each week's aggregate equals a recount of the stored requests and votes (after one
/// count repair pass, as the bots' repair job would run it: a count a timed-out store call left
/// pending is counted, never dropped), and each decision check made is stored once.
/// </summary>
internal static class StoreAudit
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(StoreAccess store, Expectations expected, IReadOnlyList<IsoWeek> weeks, CancellationToken ct)
    {
        var settled = await StoreSettling.WaitAsync(store, weeks, ct).ConfigureAwait(false);
        var repaired = await RepairCountsAsync(store, ct).ConfigureAwait(false);
        var (requests, votes, aggregates) = await StoreSnapshot.ReadAsync(store, weeks, ct).ConfigureAwait(false);

        return
        [
            CheckRequests(expected, requests),
            CheckVotes(expected, votes),
            CheckAggregates(aggregates, requests, votes, repaired, settled),
            await CheckDecisionsAsync(store.Get<IDecisionLog>(), expected, ct).ConfigureAwait(false),
        ];
    }

    private static CheckResult CheckRequests(Expectations expected, List<FeedbackRequest> stored)
    {
        var problems = new List<string>();
        var byInteraction = stored.GroupBy(r => (r.Tenant, r.InteractionId)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var ((tenant, interaction), requestId) in expected.Requests)
        {
            if (!byInteraction.TryGetValue((tenant, interaction), out var found))
            {
                problems.Add($"request {tenant}/{interaction} acknowledged but not stored");
            }
            else if (found.Count != 1 || found[0].RequestId != requestId)
            {
                problems.Add($"request {tenant}/{interaction}: stored {found.Count}× ({string.Join(", ", found.Select(r => r.RequestId))}), acknowledged {requestId}");
            }
        }

        return new CheckResult("helpdesk requests stored once, with the acknowledged id", expected.Requests.Count, problems);
    }

    private static CheckResult CheckVotes(Expectations expected, List<Vote> stored)
    {
        var problems = new List<string>();
        var byInteraction = stored.GroupBy(v => (v.Tenant, v.InteractionId)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var ((tenant, interaction), verdict) in expected.Votes)
        {
            if (!byInteraction.TryGetValue((tenant, interaction), out var found))
            {
                problems.Add($"vote {tenant}/{interaction} acknowledged ({verdict}) but lost");
            }
            else if (found.Count != 1)
            {
                problems.Add($"vote {tenant}/{interaction} doubled: {found.Count} rows");
            }
            else if (found[0].Verdict != verdict)
            {
                problems.Add($"vote {tenant}/{interaction}: stored {found[0].Verdict}, last acknowledged {verdict}");
            }
        }

        return new CheckResult("votes: none lost, none doubled, last vote wins", expected.Votes.Count, problems);
    }

    /// <summary>
    /// One pass of the count repair over every intent, however young: the traffic is over, so the
    /// rows that will land have landed. Intents whose row never landed are left for the bots' own
    /// job (they count nothing either way). Returns how many changes it counted.
    /// </summary>
    private static async Task<int> RepairCountsAsync(StoreAccess store, CancellationToken ct)
    {
        var intents = store.Get<ICountIntentStore>();
        var counter = new AggregateCounter(store.Get<IWeeklyAggregateStore>(), intents);
        var repair = new CountRepair(intents, store.Get<IVoteStore>(), store.Get<IFeedbackRequestStore>(), counter, TimeProvider.System);
        var result = await repair.RunAsync(TimeSpan.Zero, TimeSpan.FromMinutes(5), 100_000, ct).ConfigureAwait(false);
        return result.Settled;
    }

    private static CheckResult CheckAggregates(List<WeeklyAggregate> aggregates, List<FeedbackRequest> requests, List<Vote> votes, int repaired, TimeSpan? settled)
    {
        var problems = new List<string>();
        if (settled is null)
        {
            problems.Add("the store was still changing 3 min after the traffic ended; the counts below compare moving figures");
        }

        foreach (var aggregate in aggregates)
        {
            var weekRequests = requests.Count(r => r.Tenant == aggregate.Tenant && r.Week == aggregate.Week);
            var weekVotes = votes.Where(v => v.Tenant == aggregate.Tenant && v.Week == aggregate.Week).ToList();
            var recount = Count(weekVotes);
            var label = $"{aggregate.Tenant} {aggregate.Week}";
            if (aggregate.Requests != weekRequests)
            {
                problems.Add($"{label}: aggregate says {aggregate.Requests} requests, store holds {weekRequests}");
            }

            if (aggregate.Votes != recount)
            {
                problems.Add($"{label}: aggregate says {aggregate.Hits} HIT / {aggregate.Misses} MISS, recount {recount.Hits} / {recount.Misses}");
            }

            Compare(problems, label, "agent", aggregate.ByAgent, weekVotes.GroupBy(v => v.AgentId));
            Compare(problems, label, "team", aggregate.ByTeam, weekVotes.Where(v => v.Team is not null).GroupBy(v => v.Team!));
        }

        var still = settled is { } waited ? $"the store still {waited.TotalSeconds:0} s after the traffic" : "the store never still";
        return new CheckResult($"weekly aggregates equal a recount (totals, by agent, by team; {still}; {repaired} pending counts settled by one repair pass)", aggregates.Count, problems);
    }

    private static void Compare(List<string> problems, string label, string what, System.Collections.Immutable.ImmutableSortedDictionary<string, HitMissCount> kept, IEnumerable<IGrouping<string, Vote>> recounted)
    {
        var recount = recounted.ToDictionary(g => g.Key, g => Count(g), StringComparer.Ordinal);
        foreach (var key in kept.Keys.Union(recount.Keys, StringComparer.Ordinal))
        {
            var held = kept.GetValueOrDefault(key);
            var counted = recount.GetValueOrDefault(key);
            if (held != counted)
            {
                problems.Add($"{label} {what} {key}: aggregate {held.Hits}/{held.Misses}, recount {counted.Hits}/{counted.Misses}");
            }
        }
    }

    private static HitMissCount Count(IEnumerable<Vote> votes) =>
        votes.Aggregate(default(HitMissCount), (count, vote) => count.Add(vote.Verdict));

    private static async Task<CheckResult> CheckDecisionsAsync(IDecisionLog log, Expectations expected, CancellationToken ct)
    {
        var problems = new List<string>();
        foreach (var ((tenant, owner), title) in expected.Decisions)
        {
            var records = await log.ListByOwnerAsync(tenant, owner, 10, ct).ConfigureAwait(false);
            if (records.Count != 1 || records[0].Decision != title || !records[0].Recommendation.Go)
            {
                problems.Add($"decision of {owner}: {records.Count} records ({string.Join(", ", records.Select(r => r.Decision))})");
            }
        }

        return new CheckResult("decision checks stored once each", expected.Decisions.Count, problems);
    }
}
