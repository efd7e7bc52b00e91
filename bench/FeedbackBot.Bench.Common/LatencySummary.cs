using System.Diagnostics;

namespace FeedbackBot.Bench.Common;

/// <summary>Percentiles of the measured request latencies, from every sample sorted (exact, no buckets).</summary>
public sealed record LatencySummary(long Count, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs)
{
    /// <param name="samplesPerWorker">Stopwatch ticks, one list per worker (each worker records without locks).</param>
    public static LatencySummary From(IEnumerable<List<long>> samplesPerWorker)
    {
        var all = samplesPerWorker.SelectMany(s => s).ToArray();
        if (all.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        Array.Sort(all);
        return new LatencySummary(
            all.Length,
            Milliseconds(Percentile(all, 0.50)),
            Milliseconds(Percentile(all, 0.90)),
            Milliseconds(Percentile(all, 0.99)),
            Milliseconds(all[^1]),
            Milliseconds((long)all.Average()));
    }

    // Nearest rank: the smallest sample with at least p of all samples at or below it.
    private static long Percentile(long[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
