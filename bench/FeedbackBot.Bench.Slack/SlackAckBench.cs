using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using FeedbackBot.Bench.Common;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Bench.Slack;

/// <summary>
/// The Slack benchmark: signed <c>/decision-check</c> slash commands at a fixed rate
/// (open loop: each is sent on its schedule whether or not earlier ones were answered), measuring
/// the time from each command's scheduled start to Slack's acknowledgement, the figure Slack
/// holds to 3 seconds. Then it checks that every acknowledged command got its reply on its
/// response_url. Latency is measured from the schedule, not from the actual send, so a
/// generator that falls behind shows up as latency instead of hiding it.
/// </summary>
internal static class SlackAckBench
{
    private static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(60);

    public static async Task<int> Main(string[] args)
    {
        SlackBenchOptions options;
        try
        {
            options = SlackBenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(SlackBenchOptions.Usage);
            return 2;
        }

        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("feedbackbot-bench-slack-");
        try
        {
            await using var slack = await FakeSlackWebApi.StartAsync(record: false);
            var host = new SlackBenchHost(Path.Combine(folder.FullName, "bench.db"), slack.ApiBaseUrl);
            await using (host)
            {
                using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false, ActivityHeadersPropagator = null };
                using var client = new HttpClient(handler) { BaseAddress = host.Start(), Timeout = TimeSpan.FromSeconds(30) };
                var signer = SlackRequestSigner.ForTests();

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slack bench pid {Environment.ProcessId}: {options.Rate} commands/s, {options.Users} users, warm-up {options.Warmup.TotalSeconds:0} s, measure {options.Duration.TotalSeconds:0} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));

                var warmup = await RunPhaseAsync(client, signer, slack, options, options.Warmup, firstCommand: 0);
                var measured = await RunPhaseAsync(client, signer, slack, options, options.Duration, firstCommand: warmup.Sent);

                var expectedReplies = warmup.Acknowledged + measured.Acknowledged;
                var delivered = true;
                try
                {
                    await slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, expectedReplies, ReplyWait);
                }
                catch (TimeoutException)
                {
                    delivered = false;
                }

                var replies = slack.CallCountOf(FakeSlackWebApi.ResponseUrlMethod);
                Report(options, measured, replies, expectedReplies);
                return delivered && measured.Errors == 0 ? 0 : 1;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<PhaseResult> RunPhaseAsync(
        HttpClient client, SlackRequestSigner signer, FakeSlackWebApi slack, SlackBenchOptions options, TimeSpan length, int firstCommand)
    {
        var count = (int)(length.TotalSeconds * options.Rate);
        var latencies = new long[count];
        var errors = new ConcurrentQueue<string>();
        var acknowledged = 0;
        var tasks = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        var interval = Stopwatch.Frequency / (double)options.Rate;
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                var outcome = await SendAsync(client, signer, slack, options, firstCommand + index);
                latencies[index] = Stopwatch.GetTimestamp() - due;
                if (outcome is null)
                {
                    Interlocked.Increment(ref acknowledged);
                }
                else
                {
                    errors.Enqueue(outcome);
                }
            }));
        }

        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new PhaseResult(count, acknowledged, errors.Count, errors.TryPeek(out var first) ? first : null, LatencySummary.From([[.. latencies]]), elapsed);
    }

    /// <returns>Null when Slack's acknowledgement came back as it should (200, empty body); else what was wrong.</returns>
    private static async Task<string?> SendAsync(HttpClient client, SlackRequestSigner signer, FakeSlackWebApi slack, SlackBenchOptions options, int command)
    {
        var user = "U" + (command % options.Users).ToString("D6", CultureInfo.InvariantCulture);
        var body = string.Join('&',
            "team_id=T0001",
            "channel_id=C" + command.ToString("D8", CultureInfo.InvariantCulture),
            "user_id=" + user,
            "command=%2Fdecision-check",
            "text=" + Uri.EscapeDataString($"Decision {command}"),
            "response_url=" + Uri.EscapeDataString(slack.ResponseUrl("cmd-" + command.ToString(CultureInfo.InvariantCulture)).ToString()),
            "trigger_id=" + command.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var request = signer.Form("api/slack/commands", body);
            using var response = await client.SendAsync(request);
            var content = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK && content.Length == 0
                ? null
                : $"{(int)response.StatusCode} {content}";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (TaskCanceledException)
        {
            return "timed out";
        }
    }

    private static void Report(SlackBenchOptions options, PhaseResult measured, int replies, int expectedReplies)
    {
        using var process = Process.GetCurrentProcess();
        var latency = measured.Latency;
        var rate = measured.Sent / measured.Elapsed.TotalSeconds;
        string[] lines =
        [
            $"measured        {measured.Sent} commands in {measured.Elapsed.TotalSeconds:0.00} s = {rate:0} commands/s offered and answered",
            $"ack latency ms  p50 {latency.P50Ms:0.00}  p90 {latency.P90Ms:0.00}  p99 {latency.P99Ms:0.00}  max {latency.MaxMs:0.00}  mean {latency.MeanMs:0.00}",
            $"errors          {measured.Errors}{(measured.FirstError is null ? "" : $" (first: {measured.FirstError})")}",
            $"replies         {replies}/{expectedReplies} acknowledged commands answered on their response_url",
            $"peak RSS        {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB",
        ];
        foreach (var line in lines)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {options.Rate} | {rate:0} | {latency.P50Ms:0.0} | {latency.P90Ms:0.0} | {latency.P99Ms:0.0} | {latency.MaxMs:0.0} | {measured.Errors} | {replies}/{expectedReplies} |"));
    }

    private sealed record PhaseResult(int Sent, int Acknowledged, int Errors, string? FirstError, LatencySummary Latency, TimeSpan Elapsed);
}
