using System.Globalization;

namespace FeedbackBot.ScaleOut.Cluster;

/// <summary>
/// A child process's CPU time and memory, read from /proc (Linux): <c>VmHWM</c> is the kernel's own
/// peak resident set, so no sampling can miss a spike.
/// </summary>
internal readonly record struct ProcessUsage(TimeSpan CpuTime, long ResidentBytes, long PeakResidentBytes)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux .NET supports

    /// <summary>The figures now, or null when the process is gone or /proc is not there.</summary>
    public static ProcessUsage? Read(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");

            // Fields after the command name, which is in parentheses and may hold spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            var status = File.ReadAllLines($"/proc/{processId}/status");
            return new ProcessUsage(TimeSpan.FromSeconds(ticks / TicksPerSecond), Kilobytes(status, "VmRSS:") * 1024, Kilobytes(status, "VmHWM:") * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static long Kilobytes(string[] status, string field) =>
        status.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) is { } line
            ? long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)
            : 0;
}
