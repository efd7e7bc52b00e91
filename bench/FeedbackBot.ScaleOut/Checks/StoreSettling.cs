using System.Diagnostics;
using FeedbackBot.Core.Weeks;
using FeedbackBot.ScaleOut.Cluster;

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

    private static async Task<string> LookAsync(StoreAccess store, IReadOnlyList<IsoWeek> weeks, CancellationToken ct) =>
        (await StoreSnapshot.ReadAsync(store, weeks, ct).ConfigureAwait(false)).Fingerprint();
}
