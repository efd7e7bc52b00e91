using System.Globalization;

namespace FeedbackBot.Bench;

/// <summary>Prints what was run and what it measured, ending with one Markdown table row for docs/benchmarks.md.</summary>
internal static class BenchReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void PrintSetup(BenchOptions options, int processId)
    {
        var measured = options.Rounds is { } rounds ? $"{rounds} rounds per conversation" : $"{options.Duration.TotalSeconds:0} s";
        Console.WriteLine(string.Create(
            Invariant,
            $"bench pid {processId}: {options.Conversations} conversations, {options.Concurrency} in flight, warm-up {options.Warmup.TotalSeconds:0} s, measure {measured}"));
        Console.WriteLine(string.Create(
            Invariant,
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
        foreach (var (key, value) in options.Settings)
        {
            Console.WriteLine($"host setting    {key}={value}");
        }
    }

    public static void PrintResult(BenchOptions options, LoadResult result, LedgerVerdict verdict, long peakWorkingSet)
    {
        var start = result.MeasureStart;
        var end = result.MeasureEnd;
        var latency = result.Latency;
        var cpu = end.CpuTime - start.CpuTime;
        var elapsed = result.Elapsed;
        var peakMiB = peakWorkingSet / (1024.0 * 1024.0);
        var lines = new[]
        {
            $"measured        {latency.Count} turns in {elapsed.TotalSeconds:0.00} s (warm-up {result.WarmupTurns} turns)",
            $"throughput      {result.TurnsPerSecond:0} turns/s",
            $"latency ms      p50 {latency.P50Ms:0.00}  p90 {latency.P90Ms:0.00}  p99 {latency.P99Ms:0.00}  max {latency.MaxMs:0.00}  mean {latency.MeanMs:0.00}",
            $"errors          {result.Errors}{(result.FirstError is null ? "" : $" (first: {result.FirstError})")}",
            $"cpu             {cpu.TotalSeconds:0.00} s = {cpu.TotalSeconds / elapsed.TotalSeconds:0.00} cores, {cpu.TotalMilliseconds * 1000 / Math.Max(1, latency.Count):0} us per turn (host, connector and load generator together)",
            $"gc              gen0 {end.Gen0 - start.Gen0}, gen1 {end.Gen1 - start.Gen1}, gen2 {end.Gen2 - start.Gen2}, paused {(end.GcPause - start.GcPause).TotalMilliseconds:0} ms, allocated {(end.AllocatedBytes - start.AllocatedBytes) / (double)Math.Max(1, latency.Count) / 1024:0.0} KiB per turn",
            $"jit             {end.JitMethods - start.JitMethods} methods compiled in {(end.JitTime - start.JitTime).TotalMilliseconds:0} ms (tiering still at work when this is large: warm up longer)",
            $"peak RSS        {peakMiB:0} MiB",
            $"verified        {verdict.AcceptedTurns} turns answered 200, {verdict.Replies} replies at the connector, {verdict.CorrectFinals}/{verdict.CompletedRounds} waterfalls ended with their own answers, {verdict.Mismatches} wrong replies: {(verdict.Passed ? "PASS" : "FAIL")}",
        };
        foreach (var line in lines)
        {
            Console.WriteLine(string.Create(Invariant, $"{line}"));
        }

        foreach (var sample in verdict.Samples)
        {
            Console.WriteLine($"  problem: {sample}");
        }

        Console.WriteLine(string.Create(
            Invariant,
            $"| {options.Conversations} | {options.Concurrency} | {result.TurnsPerSecond:0} | {latency.P50Ms:0.0} | {latency.P90Ms:0.0} | {latency.P99Ms:0.0} | {latency.MaxMs:0.0} | {peakMiB:0} | {result.Errors} | {(verdict.Passed ? "pass" : "FAIL")} |"));
    }
}
