using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Checks;

/// <summary>The requests, votes and weekly aggregates of the harness's tenants in the run's weeks, as read at one go.</summary>
internal sealed record StoreSnapshot(List<FeedbackRequest> Requests, List<Vote> Votes, List<WeeklyAggregate> Aggregates)
{
    public static async Task<StoreSnapshot> ReadAsync(StoreAccess store, IReadOnlyList<IsoWeek> weeks, CancellationToken ct)
    {
        var snapshot = new StoreSnapshot([], [], []);
        foreach (var tenant in new[] { Payloads.TeamsTenant, Payloads.SlackTeam })
        {
            foreach (var week in weeks)
            {
                snapshot.Requests.AddRange(await store.Get<IFeedbackRequestStore>().ListAsync(tenant, week, ct).ConfigureAwait(false));
                snapshot.Votes.AddRange(await store.Get<IVoteStore>().ListAsync(tenant, week, ct).ConfigureAwait(false));
                snapshot.Aggregates.Add(await store.Get<IWeeklyAggregateStore>().GetAsync(tenant, week, ct).ConfigureAwait(false));
            }
        }

        return snapshot;
    }

    /// <summary>What changes when any request, vote or aggregate changes: every row's change, every aggregate's counts.</summary>
    public string Fingerprint() =>
        $"{Requests.Count} requests {Hash(Requests.Select(r => r.Tenant + r.InteractionId + r.ChangeId))}, "
        + $"{Votes.Count} votes {Hash(Votes.Select(v => v.Tenant + v.InteractionId + v.ChangeId + v.Verdict))}, "
        + string.Join(", ", Aggregates.Select(a => $"{a.Tenant} {a.Week} {a.Requests}/{a.Votes.Hits}/{a.Votes.Misses}"));

    private static int Hash(IEnumerable<string> values) =>
        values.Order(StringComparer.Ordinal).Aggregate(17, HashCode.Combine);
}
