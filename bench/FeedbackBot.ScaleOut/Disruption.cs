using FeedbackBot.ScaleOut.Cluster;

namespace FeedbackBot.ScaleOut;

/// <summary>
/// Something done to the cluster at a moment of the traffic: a rolling restart in the check run;
/// a fault run adds store outages and killed instances the same way.
/// </summary>
internal sealed record Disruption(string Name, TimeSpan At, Func<ScaleOutCluster, CancellationToken, Task> ApplyAsync)
{
    /// <summary>Instance <paramref name="index"/> drained for a second, stopped with SIGTERM and started again.</summary>
    public static Disruption RollingRestart(TimeSpan at, int index) =>
        new($"rolling restart of instance {(char)('a' + index)}", at, (cluster, ct) => cluster.Instances[index].RestartAsync(TimeSpan.FromSeconds(1), ct));

    /// <summary>Runs each disruption at its time after now; answers when all have run.</summary>
    public static async Task RunAllAsync(IEnumerable<Disruption> disruptions, ScaleOutCluster cluster, TextWriter log, CancellationToken ct)
    {
        var began = DateTimeOffset.UtcNow;
        foreach (var disruption in disruptions.OrderBy(d => d.At))
        {
            var wait = began + disruption.At - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct).ConfigureAwait(false);
            }

            await log.WriteLineAsync($"disruption      {disruption.Name} at {(DateTimeOffset.UtcNow - began).TotalSeconds:0} s").ConfigureAwait(false);
            await disruption.ApplyAsync(cluster, ct).ConfigureAwait(false);
        }
    }
}
