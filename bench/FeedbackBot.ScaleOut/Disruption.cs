using System.Globalization;
using System.Net;
using FeedbackBot.ScaleOut.Cluster;

namespace FeedbackBot.ScaleOut;

/// <summary>
/// Something done to the cluster at a moment of the traffic: a rolling restart in the check run;
/// in the fault run a killed store, peers refusing, and a killed instance, each a real process-level fault.
/// </summary>
internal sealed record Disruption(string Name, TimeSpan At, Func<ScaleOutCluster, CancellationToken, Task> ApplyAsync)
{
    /// <summary>Instance <paramref name="index"/> drained for a second, stopped with SIGTERM and started again.</summary>
    public static Disruption RollingRestart(TimeSpan at, int index) =>
        new($"rolling restart of instance {(char)('a' + index)}", at, (cluster, ct) => cluster.Instances[index].RestartAsync(TimeSpan.FromSeconds(1), ct));

    /// <summary>Azurite killed with SIGKILL mid-load, down for <paramref name="down"/>, then started again on the same port and data folder.</summary>
    public static Disruption StoreCrash(TimeSpan at, TimeSpan down) =>
        new(Invariant($"Azurite killed (SIGKILL), restarted after {down.TotalSeconds:0} s on the same port and folder"), at, async (cluster, ct) =>
        {
            await cluster.Azurite.KillAsync().ConfigureAwait(false);
            await Task.Delay(down, ct).ConfigureAwait(false);
            await cluster.Azurite.StartAsync(ct).ConfigureAwait(false);
        });

    /// <summary>
    /// The fake Bot Connector and the fake Slack Web API answer every call 429 with
    /// <c>Retry-After</c> for <paramref name="throttled"/>, then 503 for <paramref name="down"/>.
    /// </summary>
    public static Disruption PeerOutage(TimeSpan at, TimeSpan throttled, int retryAfterSeconds, TimeSpan down) =>
        new(Invariant($"Bot Connector and Slack: 429 (Retry-After {retryAfterSeconds}) for {throttled.TotalSeconds:0} s, then 503 for {down.TotalSeconds:0} s"), at, async (cluster, ct) =>
        {
            var connectorThrottled = cluster.Connector.BeginOutage(HttpStatusCode.TooManyRequests, retryAfter: retryAfterSeconds.ToString(CultureInfo.InvariantCulture));
            var slackThrottled = cluster.Slack.BeginOutage(HttpStatusCode.TooManyRequests, retryAfterSeconds);
            await Task.Delay(throttled, ct).ConfigureAwait(false);
            using (cluster.Connector.BeginOutage(HttpStatusCode.ServiceUnavailable))
            using (cluster.Slack.BeginOutage(HttpStatusCode.ServiceUnavailable))
            {
                connectorThrottled.Dispose();
                slackThrottled.Dispose();
                await Task.Delay(down, ct).ConfigureAwait(false);
            }
        });

    /// <summary>
    /// Instance <paramref name="index"/> killed with SIGKILL (no drain) while it is in the rotation,
    /// so requests in flight break and the next ones find its port closed; started again after <paramref name="down"/>.
    /// </summary>
    public static Disruption InstanceCrash(TimeSpan at, int index, TimeSpan down) =>
        new(Invariant($"instance {(char)('a' + index)} killed (SIGKILL, no drain), started again after {down.TotalSeconds:0} s"), at, async (cluster, ct) =>
        {
            var instance = cluster.Instances[index];
            await instance.KillAsync(leaveInRotation: true).ConfigureAwait(false);
            await Task.Delay(down, ct).ConfigureAwait(false);
            await instance.StartAsync(ct).ConfigureAwait(false);
        });

    /// <summary>Runs each disruption at its time after now (after the one before it is over); answers when all have run, with when each began.</summary>
    public static async Task<IReadOnlyList<(Disruption Disruption, DateTimeOffset Began)>> RunAllAsync(IEnumerable<Disruption> disruptions, ScaleOutCluster cluster, TextWriter log, CancellationToken ct)
    {
        var began = DateTimeOffset.UtcNow;
        var done = new List<(Disruption, DateTimeOffset)>();
        foreach (var disruption in disruptions.OrderBy(d => d.At))
        {
            var wait = began + disruption.At - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct).ConfigureAwait(false);
            }

            done.Add((disruption, DateTimeOffset.UtcNow));
            await log.WriteLineAsync(Invariant($"disruption      {disruption.Name} at {(DateTimeOffset.UtcNow - began).TotalSeconds:0} s")).ConfigureAwait(false);
            await disruption.ApplyAsync(cluster, ct).ConfigureAwait(false);
            await log.WriteLineAsync(Invariant($"                over at {(DateTimeOffset.UtcNow - began).TotalSeconds:0} s")).ConfigureAwait(false);
        }

        return done;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
