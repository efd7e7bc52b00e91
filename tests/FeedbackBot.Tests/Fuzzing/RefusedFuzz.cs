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
        var refused = results.Where(r => r.Status is >= 400 and < 500).Select(r => r.Request).ToList();
        using var database = new TempDatabase();
        await using var host = newHost(database, new CapturedLogs());
        var decorate = prepare is null ? null : await prepare(host);
        _ = host.Client;
        var before = await StoreSnapshot.TakeAsync(database.Path, ct);

        var replayed = await FuzzDriver.SendAllAsync(host.Client, refused, decorate, ct);
        if (settle is { } wait)
        {
            // Work acknowledged before it runs (Slack) would write after the answer; give it the time it would take.
            await Task.Delay(wait, ct);
        }

        var after = await StoreSnapshot.TakeAsync(database.Path, ct);
        Assert.All(replayed, r => Assert.InRange(r.Status, 400, 499));
        Assert.Equal(before, after);
    }
}
