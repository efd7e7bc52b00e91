using System.Globalization;

namespace FeedbackBot.Bench;

/// <summary>Prints what was run and what it measured, ending with one Markdown table row for docs/benchmarks.md.</summary>
internal static class BenchReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The 1-, 5- and 15-minute load averages, to tell a quiet run from a disturbed one.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

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
        var peakMiB = peakWorkingSet / (1024.0 * 1024.0);
        var lines = PhaseLines("turns", result).Concat(
        [
            $"jit             {end.JitMethods - start.JitMethods} methods compiled in {(end.JitTime - start.JitTime).TotalMilliseconds:0} ms (tiering still at work when this is large: warm up longer)",
            $"peak RSS        {peakMiB:0} MiB",
            $"verified        {verdict.AcceptedTurns} turns answered 200, {verdict.Replies} replies at the connector, {verdict.CorrectFinals}/{verdict.CompletedRounds} waterfalls ended with their own answers, {verdict.Mismatches} wrong replies: {(verdict.Passed ? "PASS" : "FAIL")}",
        ]);
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

    /// <summary>What one measured phase did, in <paramref name="unit"/> (turns, votes, ...), as the report's lines.</summary>
    public static void PrintPhase(string unit, LoadResult result)
    {
        foreach (var line in PhaseLines(unit, result))
        {
            Console.WriteLine(line);
        }
    }

    private static IEnumerable<string> PhaseLines(string unit, LoadResult result)
    {
        var start = result.MeasureStart;
        var end = result.MeasureEnd;
        var latency = result.Latency;
        var cpu = end.CpuTime - start.CpuTime;
        var elapsed = result.Elapsed;
        return
        [
            string.Create(Invariant, $"measured        {latency.Count} {unit} in {elapsed.TotalSeconds:0.00} s (warm-up {result.WarmupTurns} {unit})"),
            string.Create(Invariant, $"throughput      {result.TurnsPerSecond:0} {unit}/s"),
            string.Create(Invariant, $"latency ms      p50 {latency.P50Ms:0.00}  p90 {latency.P90Ms:0.00}  p99 {latency.P99Ms:0.00}  max {latency.MaxMs:0.00}  mean {latency.MeanMs:0.00}"),
            string.Create(Invariant, $"errors          {result.Errors}{(result.FirstError is null ? "" : $" (first: {result.FirstError})")}"),
            string.Create(Invariant, $"cpu             {cpu.TotalSeconds:0.00} s = {cpu.TotalSeconds / elapsed.TotalSeconds:0.00} cores, {cpu.TotalMilliseconds * 1000 / Math.Max(1, latency.Count):0} us per {unit[..^1]} (everything in the process together)"),
            string.Create(Invariant, $"gc              gen0 {end.Gen0 - start.Gen0}, gen1 {end.Gen1 - start.Gen1}, gen2 {end.Gen2 - start.Gen2}, paused {(end.GcPause - start.GcPause).TotalMilliseconds:0} ms, allocated {(end.AllocatedBytes - start.AllocatedBytes) / (double)Math.Max(1, latency.Count) / 1024:0.0} KiB per {unit[..^1]}"),
        ];
    }
}
