using System.Diagnostics;

namespace FeedbackBot.Bench;

/// <summary>The process's CPU, GC, allocation and JIT counters at one moment; two give the cost of a phase.</summary>
internal readonly record struct ProcessSnapshot(long Timestamp, TimeSpan CpuTime, int Gen0, int Gen1, int Gen2, long AllocatedBytes, TimeSpan GcPause, long JitMethods, TimeSpan JitTime)
{
    public static ProcessSnapshot Take()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessSnapshot(
            Stopwatch.GetTimestamp(),
            process.TotalProcessorTime,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalAllocatedBytes(precise: false),
            GC.GetTotalPauseDuration(),
            System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false),
            System.Runtime.JitInfo.GetCompilationTime(currentThread: false));
    }

    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
