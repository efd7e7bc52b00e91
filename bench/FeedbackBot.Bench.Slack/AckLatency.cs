using System.Diagnostics;

namespace FeedbackBot.Bench.Slack;

/// <summary>Percentiles of the acknowledgement latencies, from every sample sorted (exact, nearest rank, no buckets).</summary>
internal sealed record AckLatency(long Count, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static AckLatency From(long[] stopwatchTicks)
    {
        if (stopwatchTicks.Length == 0)
        {
            return new AckLatency(0, 0, 0, 0, 0, 0);
        }

        var sorted = (long[])stopwatchTicks.Clone();
        Array.Sort(sorted);
        return new AckLatency(
            sorted.Length,
            Milliseconds(Percentile(sorted, 0.50)),
            Milliseconds(Percentile(sorted, 0.90)),
            Milliseconds(Percentile(sorted, 0.99)),
            Milliseconds(sorted[^1]),
            Milliseconds((long)sorted.Average()));
    }

    // Nearest rank: the smallest sample with at least p of all samples at or below it.
    private static long Percentile(long[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
