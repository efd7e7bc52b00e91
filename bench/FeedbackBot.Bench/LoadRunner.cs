using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using FeedbackBot.Bench.Common;

namespace FeedbackBot.Bench;

/// <summary>
/// Drives the conversations: <see cref="BenchOptions.Concurrency"/> workers, each owning a share of
/// the conversations and posting one turn at a time, round-robin over them, so a conversation's
/// turns never overlap and exactly C requests are in flight. Warm-up first, then every worker
/// waits for the others and the measured phase starts together.
/// </summary>
internal sealed class LoadRunner(BenchOptions options, HttpClient client, Uri serviceUrl, ReplyLedger ledger)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private long _errors;
    private string? _firstError;

    public async Task<LoadResult> RunAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var gate = new MeasurementGate(options.Concurrency);
        var workers = Enumerable.Range(0, options.Concurrency)
            .Select(w => new Worker(
                Enumerable.Range(0, options.Conversations).Where(c => c % options.Concurrency == w).ToArray(),
                new ActivityWriter(serviceUrl)))
            .ToList();

        await Task.WhenAll(workers.Select(w => Task.Run(() => RunWorkerAsync(w, started, gate)))).ConfigureAwait(false);
        var finished = ProcessSnapshot.Take();
        foreach (var worker in workers)
        {
            worker.Writer.Dispose();
        }

        return new LoadResult(
            gate.Opened,
            finished,
            LatencySummary.From(workers.Select(w => w.Latencies)),
            Interlocked.Read(ref _errors),
            _firstError,
            workers.Sum(w => w.WarmupTurns));
    }

    private async Task RunWorkerAsync(Worker worker, long started, MeasurementGate gate)
    {
        while (Stopwatch.GetElapsedTime(started) < options.Warmup)
        {
            worker.WarmupTurns += await SweepAsync(worker, record: false, stopAt: null).ConfigureAwait(false);
        }

        var measuring = await gate.ArriveAsync().ConfigureAwait(false);
        if (options.Rounds is { } rounds)
        {
            for (var round = 0; round < rounds; round++)
            {
                await SweepAsync(worker, record: true, stopAt: null).ConfigureAwait(false);
            }
        }
        else
        {
            var stopAt = measuring.Timestamp + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                await SweepAsync(worker, record: true, stopAt).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One whole waterfall for each of the worker's conversations, step by step across them.</summary>
    private async Task<int> SweepAsync(Worker worker, bool record, long? stopAt)
    {
        var turns = 0;
        for (var step = 0; step < WaterfallScript.TurnsPerRound; step++)
        {
            foreach (var conversation in worker.Conversations)
            {
                if (stopAt is { } deadline && Stopwatch.GetTimestamp() >= deadline)
                {
                    return turns;
                }

                await TurnAsync(worker, conversation, step, record).ConfigureAwait(false);
                turns++;
            }
        }

        worker.Round++;
        return turns;
    }

    private async Task TurnAsync(Worker worker, int conversation, int step, bool record)
    {
        var round = worker.Round;
        var activityId = string.Create(CultureInfo.InvariantCulture, $"{round}.{step}");
        var body = worker.Writer.Message(conversation, activityId, WaterfallScript.Say(conversation, round, step));
        ledger.Expect(conversation, WaterfallScript.ExpectedReply(conversation, round, step));
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = JsonContentType;

        var begun = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content).ConfigureAwait(false);
            var elapsed = Stopwatch.GetTimestamp() - begun;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Fail($"{WaterfallScript.ConversationId(conversation)} step {step}: HTTP {(int)response.StatusCode}");
                return;
            }

            ledger.TurnAccepted(conversation, finishedRound: step == WaterfallScript.TurnsPerRound - 1);
            if (record)
            {
                worker.Latencies.Add(elapsed);
            }
        }
        catch (HttpRequestException ex)
        {
            Fail($"{WaterfallScript.ConversationId(conversation)} step {step}: {ex.Message}");
        }
        catch (TaskCanceledException)
        {
            Fail($"{WaterfallScript.ConversationId(conversation)} step {step}: timed out");
        }
    }

    private void Fail(string error)
    {
        Interlocked.Increment(ref _errors);
        Interlocked.CompareExchange(ref _firstError, error, null);
    }

    private sealed class Worker(int[] conversations, ActivityWriter writer)
    {
        public int[] Conversations { get; } = conversations;

        public ActivityWriter Writer { get; } = writer;

        public List<long> Latencies { get; } = new(capacity: 1 << 16);

        public int Round { get; set; }

        public long WarmupTurns { get; set; }
    }
}

/// <summary>The measured phase: process counters at its start and end, the latencies, and the failures.</summary>
internal sealed record LoadResult(
    ProcessSnapshot MeasureStart, ProcessSnapshot MeasureEnd, LatencySummary Latency, long Errors, string? FirstError, long WarmupTurns)
{
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(MeasureStart.Timestamp, MeasureEnd.Timestamp);

    public double TurnsPerSecond => Latency.Count / Elapsed.TotalSeconds;
}
