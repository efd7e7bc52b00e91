using System.Diagnostics;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>Starts scenarios, closed-loop (N at a time) or open-loop (at a rate), for a while, then waits for the last to finish.</summary>
internal sealed class TrafficRunner(TrafficContext context)
{
    private int _next;

    /// <summary><paramref name="concurrency"/> scenarios at a time until <paramref name="duration"/> is over.</summary>
    public async Task RunClosedAsync(int concurrency, TimeSpan duration, CancellationToken ct)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < stopAt && !ct.IsCancellationRequested)
            {
                await ScenarioMix.RunAsync(context, Interlocked.Increment(ref _next) - 1, ct).ConfigureAwait(false);
            }
        }, ct))).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts scenarios at <paramref name="turnsPerSecond"/> divided by the mix's turns per scenario,
    /// whether or not the earlier ones finished (open loop: a slow bot does not slow the offered load),
    /// for <paramref name="duration"/>; then waits for those still running.
    /// </summary>
    public async Task RunOpenAsync(double turnsPerSecond, TimeSpan duration, CancellationToken ct)
    {
        var startsPerSecond = turnsPerSecond / ScenarioMix.TurnsPerScenario;
        var began = Stopwatch.GetTimestamp();
        var running = new List<Task>();
        long started = 0;
        while (Stopwatch.GetElapsedTime(began) < duration && !ct.IsCancellationRequested)
        {
            var due = (long)(Stopwatch.GetElapsedTime(began).TotalSeconds * startsPerSecond);
            for (; started < due; started++)
            {
                var index = Interlocked.Increment(ref _next) - 1;
                running.Add(Task.Run(() => ScenarioMix.RunAsync(context, index, ct), ct));
            }

            running.RemoveAll(t => t.IsCompleted);
            await Task.Delay(TimeSpan.FromMilliseconds(5), ct).ConfigureAwait(false);
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    public int ScenariosStarted => Volatile.Read(ref _next);
}
