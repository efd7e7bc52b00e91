using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FeedbackBot.Bench.Summary;

/// <summary>
/// An Azure SDK pipeline policy that notes every request to the Table service (each try, so a
/// retry counts) with its time, so the bench can show how many round trips one summary makes and
/// which one is slow.
/// </summary>
internal sealed class RoundTripRecorder : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<RoundTrip> _trips = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var start = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Note(message, start);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var start = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline);
        Note(message, start);
    }

    /// <summary>The round trips noted since the last call, in the order they ended.</summary>
    public IReadOnlyList<RoundTrip> Drain()
    {
        var trips = new List<RoundTrip>();
        while (_trips.TryDequeue(out var trip))
        {
            trips.Add(trip);
        }

        return trips;
    }

    // "GET BenchVotes(PartitionKey='..',RowKey='..')" is a point read, "GET BenchVotes()" a query.
    private void Note(HttpMessage message, long start)
    {
        var path = Uri.UnescapeDataString(message.Request.Uri.Path).Split('/')[^1];
        var table = path.Split('(')[0];
        var kind = path.Contains("RowKey=", StringComparison.Ordinal) ? "point read" : message.Request.Method == RequestMethod.Get ? "query" : message.Request.Method.ToString();
        _trips.Enqueue(new RoundTrip($"{table} {kind}", Stopwatch.GetElapsedTime(start).TotalMilliseconds, message.HasResponse ? message.Response.Status : 0));
    }
}

/// <summary>One request to the Table service: what it was, how long it took, its status.</summary>
internal sealed record RoundTrip(string What, double Milliseconds, int Status)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{What} {Milliseconds:F1} ms ({Status})");
}
