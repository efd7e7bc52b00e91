using System.Diagnostics;
using FeedbackBot.Bench.Common;

namespace FeedbackBot.Bench.Votes;

/// <summary>
/// Runs one operation per item (create request i, vote on interaction i) from C clients, each
/// owning the items i with i mod C = its number and doing them one after the other (closed loop).
/// Each client first does its share of the warm-up items; the measured phase starts when every
/// client is through them (<see cref="MeasurementGate"/>).
/// </summary>
internal sealed class PhaseRunner(int clients, int warmupItems, int measuredItems)
{
    private long _errors;
    private string? _firstError;

    /// <summary>Runs <paramref name="operation"/> for every item; it answers <c>null</c> when the item went right, else what went wrong.</summary>
    public async Task<LoadResult> RunAsync(Func<int, Task<string?>> operation)
    {
        _errors = 0;
        _firstError = null;
        var gate = new MeasurementGate(clients);
        var latencies = Enumerable.Range(0, clients).Select(_ => new List<long>(measuredItems / clients + 1)).ToArray();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var item = client; item < warmupItems; item += clients)
            {
                await TimeAsync(operation, item);
            }

            await gate.ArriveAsync();
            for (var item = warmupItems + client; item < warmupItems + measuredItems; item += clients)
            {
                latencies[client].Add(await TimeAsync(operation, item));
            }
        })));
        return new LoadResult(gate.Opened, ProcessSnapshot.Take(), LatencySummary.From(latencies), Interlocked.Read(ref _errors), _firstError, warmupItems);
    }

    private async Task<long> TimeAsync(Func<int, Task<string?>> operation, int item)
    {
        var begun = Stopwatch.GetTimestamp();
        string? error;
        try
        {
            error = await operation(item);
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }
        catch (TaskCanceledException)
        {
            error = "timed out";
        }

        var elapsed = Stopwatch.GetTimestamp() - begun;
        if (error is not null)
        {
            Interlocked.Increment(ref _errors);
            Interlocked.CompareExchange(ref _firstError, $"item {item}: {error}", null);
        }

        return elapsed;
    }
}
