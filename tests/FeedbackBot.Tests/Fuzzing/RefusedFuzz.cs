using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Replays every refused (4xx) input against a fresh host and store and compares the store before
/// and after: refused input must leave no row behind, not even a half-written one.
/// </summary>
internal static class RefusedFuzz
{
    /// <param name="prepare">Puts the fresh host in the state the inputs expect (e.g. a started conversation) before the first snapshot.</param>
    public static async Task AssertWriteNothingAsync(
        IReadOnlyList<FuzzResult> results,
        Func<TempDatabase, CapturedLogs, BotHost> newHost,
        Func<BotHost, Task<Action<FuzzRequest, HttpRequestMessage>?>>? prepare,
        CancellationToken ct,
        TimeSpan? settle = null)
    {
        using var database = new TempDatabase();
        await using var host = newHost(database, new CapturedLogs());
        await AssertWriteNothingAsync(results, host, database.Path, prepare, ct, settle);
    }

    /// <param name="host">A fresh host that has seen none of <paramref name="results"/>.</param>
    public static async Task AssertWriteNothingAsync(
        IReadOnlyList<FuzzResult> results,
        BotHost host,
        string databasePath,
        Func<BotHost, Task<Action<FuzzRequest, HttpRequestMessage>?>>? prepare,
        CancellationToken ct,
        TimeSpan? settle = null)
    {
        var refusedResults = results.Where(r => r.Status is >= 400 and < 500).ToList();
        var refused = refusedResults.Select(r => r.Request).ToList();
        var acceptedLater = new List<string>();
        var decorate = prepare is null ? null : await prepare(host);
        _ = host.Client;
        var baseline = await StoreSnapshot.TakeAsync(databasePath, ct);
        var acceptedNow = 0;

        // One at a time, with a snapshot around each: a few refusals depend on state (an activity
        // id already used), so on the fresh store they may be accepted, and write, legitimately.
        foreach (var (request, first) in refused.Zip(refusedResults))
        {
            var result = await FuzzDriver.SendAsync(host.Client, request, decorate, ct);
            var after = await StoreSnapshot.TakeAsync(databasePath, ct);
            if (result.Status is >= 400 and < 500)
            {
                Assert.True(baseline.SequenceEqual(after), $"{result.Status} for {request.Describe()} changed the store (seed {FuzzSettings.Seed})");
            }
            else
            {
                acceptedNow++;
                baseline = after;
                acceptedLater.Add($"{first.Status} then {result.Status}: {request.Describe()[..Math.Min(300, request.Describe().Length)]}");
            }
        }

        if (settle is { } wait && acceptedNow == 0)
        {
            // Work acknowledged before it runs (Slack) would write after the answer; give it the time it would take.
            await Task.Delay(wait, ct);
            Assert.Equal(baseline, await StoreSnapshot.TakeAsync(databasePath, ct));
        }

        Assert.True(acceptedNow * 10 <= refused.Count, $"{acceptedNow} of {refused.Count} refused inputs were accepted on a fresh store: the refusals are not about the input. The first ones:\n" + string.Join("\n", acceptedLater.Take(5)));
    }
}
