using System.Diagnostics;
using FeedbackBot.Bench.Common;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>
/// Every request the harness made to a bot instance: its latency (from the first byte sent to the
/// whole answer read) and its failures, by instance. A request counts once its answer was 2xx.
/// </summary>
internal sealed class TurnStats
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<long>> _latencies = new(StringComparer.Ordinal);
    private readonly List<string> _errorSamples = [];
    private long _errors;

    public long Errors => Interlocked.Read(ref _errors);

    public IReadOnlyList<string> ErrorSamples
    {
        get
        {
            lock (_lock)
            {
                return [.. _errorSamples];
            }
        }
    }

    public void Succeeded(string instance, long elapsedTicks)
    {
        lock (_lock)
        {
            if (!_latencies.TryGetValue(instance, out var list))
            {
                _latencies[instance] = list = new List<long>(1 << 14);
            }

            list.Add(elapsedTicks);
        }
    }

    public void Failed(string error)
    {
        Interlocked.Increment(ref _errors);
        lock (_lock)
        {
            if (_errorSamples.Count < 10)
            {
                _errorSamples.Add(error);
            }
        }
    }

    /// <summary>Turns answered per instance.</summary>
    public IReadOnlyDictionary<string, int> CountByInstance()
    {
        lock (_lock)
        {
            return _latencies.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);
        }
    }

    public LatencySummary Latency()
    {
        lock (_lock)
        {
            return LatencySummary.From(_latencies.Values.Select(l => l.ToList()));
        }
    }

    public static long Elapsed(long started) => Stopwatch.GetTimestamp() - started;
}
