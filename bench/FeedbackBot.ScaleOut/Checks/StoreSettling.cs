using System.Diagnostics;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Checks;

/// <summary>
/// Waits until the bots have stopped writing before the store is audited. Past the instances'
/// capacity a client gives up on a request (its 30 s timeout) that the bot is still working on, and
/// that work lands after the traffic ended; an audit reading rows and aggregates one after the other
/// meanwhile would compare two different moments. The store counts as settled when two looks a
/// few seconds apart see the same requests, votes and aggregates.
/// </summary>
internal static class StoreSettling
{
    private static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    /// <summary>How long the store took to settle (zero when it already was), or null when it never did within the limit.</summary>
    public static async Task<TimeSpan?> WaitAsync(StoreAccess store, IReadOnlyList<IsoWeek> weeks, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var last = await LookAsync(store, weeks, ct).ConfigureAwait(false);
        while (clock.Elapsed < GiveUpAfter)
        {
            await Task.Delay(LookEvery, ct).ConfigureAwait(false);
            var now = await LookAsync(store, weeks, ct).ConfigureAwait(false);
            if (now == last)
            {
                return clock.Elapsed - LookEvery;
            }

            last = now;
        }

        return null;
    }

    /// <summary>A fingerprint of what the audit reads: every request's and vote's change, every aggregate's counts.</summary>
    private static async Task<string> LookAsync(StoreAccess store, IReadOnlyList<IsoWeek> weeks, CancellationToken ct)
    {
        var parts = new List<string>();
        foreach (var tenant in new[] { Payloads.TeamsTenant, Payloads.SlackTeam })
        {
            foreach (var week in weeks)
            {
                var requests = await store.Get<IFeedbackRequestStore>().ListAsync(tenant, week, ct).ConfigureAwait(false);
                var votes = await store.Get<IVoteStore>().ListAsync(tenant, week, ct).ConfigureAwait(false);
                var aggregate = await store.Get<IWeeklyAggregateStore>().GetAsync(tenant, week, ct).ConfigureAwait(false);
                parts.Add($"{tenant} {week}: {requests.Count} requests {Hash(requests.Select(r => r.ChangeId))}, {votes.Count} votes {Hash(votes.Select(v => v.ChangeId + v.Verdict))}, aggregate {aggregate.Requests}/{aggregate.Votes.Hits}/{aggregate.Votes.Misses}");
            }
        }

        return string.Join("; ", parts);
    }

    private static int Hash(IEnumerable<string?> values) =>
        values.Order(StringComparer.Ordinal).Aggregate(17, (hash, value) => HashCode.Combine(hash, value));
}
