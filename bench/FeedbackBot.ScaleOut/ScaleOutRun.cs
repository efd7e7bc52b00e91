using System.Diagnostics;
using System.Globalization;
using FeedbackBot.Core.Weeks;
using FeedbackBot.ScaleOut.Checks;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut;

/// <summary>
/// The two runs: <see cref="CheckAsync"/> (mixed traffic, a rolling restart, then the checks) and
/// <see cref="LoadAsync"/> (the highest rate that holds the p99 target, held for the duration, then
/// the same checks). Each starts its own cluster and answers whether everything passed.
/// </summary>
internal static class ScaleOutRun
{
    public static async Task<ScaleOutOutcome> CheckAsync(ScaleOutOptions options, TextWriter output, CancellationToken ct)
    {
        var report = new ScaleOutReport(output);
        var runId = RunId();
        report.Line($"scale-out check run {runId}: 2 instances, {options.Concurrency} scenarios in flight for {options.Duration.TotalSeconds:0} s, rolling restart of b half-way");
        report.Machine();
        await using var cluster = await ScaleOutCluster.StartAsync(new ClusterPlan(runId), output, ct).ConfigureAwait(false);
        var started = DateTimeOffset.UtcNow;
        using var sampling = Sampling(cluster, ct);
        var stats = new TurnStats();
        var context = cluster.Traffic(stats, runId);
        var runner = new TrafficRunner(context);

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            runner.RunClosedAsync(options.Concurrency, options.Duration, ct),
            Disruption.RunAllAsync([Disruption.RollingRestart(options.Duration / 2, 1)], cluster, output, ct)).ConfigureAwait(false);
        clock.Stop();

        report.Latency("traffic", stats.Latency(), clock.Elapsed, stats.Errors);
        report.Line($"scenarios       {runner.ScenariosStarted} started");
        var checks = await CheckAllAsync(cluster, context, stats, started, ct).ConfigureAwait(false);
        var passed = report.Checks(checks);
        report.Instances(cluster.Instances, stats.CountByInstance(), null, DateTimeOffset.UtcNow - started);
        report.Line($"load average    {ScaleOutReport.LoadAverage()} (after)");
        cluster.KeepLogs = !passed;
        report.Line(passed ? "scale-out check: PASS" : $"scale-out check: FAIL (instance logs kept in {cluster.LogFolder})");
        return new ScaleOutOutcome(passed, checks);
    }

    public static async Task<ScaleOutOutcome> LoadAsync(ScaleOutOptions options, TextWriter output, CancellationToken ct)
    {
        var report = new ScaleOutReport(output);
        var runId = RunId();
        report.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"scale-out load run {runId}: 2 instances, open loop, {(options.Rate is { } r ? $"{r:0} turns/s" : $"rate search from {options.StartRate:0} turns/s in {options.Step.TotalSeconds:0} s steps")}, p99 target {options.P99TargetMs:0} ms, hold {options.Duration.TotalSeconds:0} s"));
        report.Machine();
        await using var cluster = await ScaleOutCluster.StartAsync(new ClusterPlan(runId), output, ct).ConfigureAwait(false);
        var started = DateTimeOffset.UtcNow;
        using var sampling = Sampling(cluster, ct);
        var context = cluster.Traffic(new TurnStats(), runId);

        var rate = options.Rate ?? await SearchAsync(options, cluster, context, report, ct).ConfigureAwait(false);
        var stats = new TurnStats();
        var cpuBefore = cluster.Instances.ToDictionary(i => i.Name, i => i.CpuTime, StringComparer.Ordinal);
        var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        report.Line(string.Create(CultureInfo.InvariantCulture, $"hold            {rate:0} turns/s for {options.Duration.TotalSeconds:0} s, load average {ScaleOutReport.LoadAverage()} (before)"));
        var clock = Stopwatch.StartNew();
        await new TrafficRunner(WithStats(context, cluster, stats)).RunOpenAsync(rate, options.Duration, ct).ConfigureAwait(false);
        clock.Stop();
        cluster.Sample();

        var latency = stats.Latency();
        report.Latency("held", latency, clock.Elapsed, stats.Errors);
        report.Instances(cluster.Instances, stats.CountByInstance(), cpuBefore, clock.Elapsed);
        report.Line(string.Create(CultureInfo.InvariantCulture, $"harness         cpu {(Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore).TotalSeconds / clock.Elapsed.TotalSeconds:0.00} cores (load generator, fakes; Azurite not counted)"));
        report.Line($"load average    {ScaleOutReport.LoadAverage()} (after)");
        var held = latency.P99Ms < options.P99TargetMs && stats.Errors == 0;
        report.Line(held ? "held            p99 under target, no errors" : "held            NOT held: p99 over target or errors");
        var checks = await CheckAllAsync(cluster, context, stats, started, ct).ConfigureAwait(false);
        var passed = report.Checks(checks) && held;
        report.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"| {rate:0} | {latency.Count / clock.Elapsed.TotalSeconds:0.0} | {latency.P50Ms:0.0} | {latency.P99Ms:0.0} | {string.Join(" / ", cluster.Instances.Select(i => (i.PeakResidentBytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture)))} | {string.Join(" / ", cluster.Instances.Select(i => ((i.CpuTime - cpuBefore[i.Name]).TotalSeconds / clock.Elapsed.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture)))} | {stats.Errors} | {(passed ? "pass" : "FAIL")} |"));
        cluster.KeepLogs = !passed;
        report.Line(passed ? "scale-out load: PASS" : $"scale-out load: FAIL (instance logs kept in {cluster.LogFolder})");
        return new ScaleOutOutcome(passed, checks);
    }

    /// <summary>
    /// The fault run: the mixed traffic open-loop at <see cref="ScaleOutOptions.Rate"/> for the
    /// duration while, one after the other, Azurite is killed and restarted, the Bot Connector and
    /// Slack refuse (429, then 503), and instance a is killed mid-dialog and started again later.
    /// Afterwards the usual checks (aggregates once the repair job ran) and one on how every answer
    /// was classed: no silence, no unexplained error.
    /// </summary>
    public static async Task<ScaleOutOutcome> FaultsAsync(ScaleOutOptions options, TextWriter output, CancellationToken ct)
    {
        var report = new ScaleOutReport(output);
        var runId = RunId();
        var rate = options.Rate ?? ScaleOutOptions.FaultRate;
        var instanceCrash = Disruption.InstanceCrash(options.Duration * 0.60, 0, TimeSpan.FromSeconds(10));
        var disruptions = FaultPlan(options.Duration, instanceCrash)
            .Where(d => options.Faults.Contains(d.Fault, StringComparer.Ordinal))
            .Select(d => d.Disruption)
            .ToList();
        report.Line(string.Create(CultureInfo.InvariantCulture, $"scale-out fault run {runId}: 2 instances, open loop at {rate:0} turns/s for {options.Duration.TotalSeconds:0} s, faults: {string.Join(", ", options.Faults)}; Azurite saving every write before answering it"));
        report.Machine();
        await using var cluster = await ScaleOutCluster.StartAsync(new ClusterPlan(runId) { DurableStore = true }, output, ct).ConfigureAwait(false);
        var started = DateTimeOffset.UtcNow;
        using var sampling = Sampling(cluster, ct);
        var stats = new TurnStats();
        var ledger = new AnswerLedger();
        var context = cluster.Traffic(stats, runId, ledger) with { ReplyTimeout = FaultReplyTimeout, ThinkTime = FaultThinkTime };
        var runner = new TrafficRunner(context);

        var clock = Stopwatch.StartNew();
        var traffic = runner.RunOpenAsync(rate, options.Duration, ct);
        var applied = await Disruption.RunAllAsync(disruptions, cluster, output, ct).ConfigureAwait(false);
        await traffic.ConfigureAwait(false);
        clock.Stop();

        report.Latency("traffic", stats.Latency(), clock.Elapsed, stats.Errors);
        report.Line($"scenarios       {runner.ScenariosStarted} started");
        report.Answers(ledger);
        IReadOnlyList<CheckResult> checks =
        [
            .. await CheckAllAsync(cluster, context, stats, started, ct, ledger).ConfigureAwait(false),
            .. applied.Where(a => a.Disruption == instanceCrash).Select(a => ResumeCheck(context.Expected, a.Began)),
        ];
        var passed = report.Checks(checks);
        report.Instances(cluster.Instances, stats.CountByInstance(), null, DateTimeOffset.UtcNow - started);
        report.Line($"load average    {ScaleOutReport.LoadAverage()} (after)");
        cluster.KeepLogs = !passed;
        report.Line(passed ? "scale-out faults: PASS" : $"scale-out faults: FAIL (instance logs kept in {cluster.LogFolder})");
        return new ScaleOutOutcome(passed, checks);
    }

    /// <summary>
    /// The dialogs under way when the instance was killed (each alternates instances turn by turn,
    /// so each had state written by the killed one): every one must have ended as scripted.
    /// </summary>
    private static CheckResult ResumeCheck(Expectations expected, DateTimeOffset killedAt)
    {
        var inFlight = expected.DialogsInFlightAt(killedAt);
        return new CheckResult(
            "dialogs under way at the instance kill ended as scripted on the other instance",
            inFlight.Count,
            [.. inFlight.Where(d => expected.Dialogs[d] != DialogOutcome.EndedAsScripted).Select(d => $"{d}: {expected.Dialogs[d]}")]);
    }

    /// <summary>A fault run's users take a second before each chat turn, so dialogs are mid-way when the instance dies.</summary>
    private static readonly TimeSpan FaultThinkTime = TimeSpan.FromSeconds(1);

    /// <summary>How long a fault run's user waits for a chat answer before calling it silence: a reply may ride out a peer outage first.</summary>
    private static readonly TimeSpan FaultReplyTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The faults, spread over the traffic and never overlapping (each starts after the one before
    /// is over): the store first, while both instances are up; then the peers; then
    /// <paramref name="instanceCrash"/>, late, so that its restart (which needs the store) does not
    /// meet the store's outage.
    /// The peers' outage is about the bots' production retry budget (three retries with jittered
    /// backoff, <c>Retry-After</c> honoured): most replies are late but delivered; one that runs
    /// out of retries is logged, and in Slack the bot says so ("Sorry, I couldn't post my reply
    /// here"), which counts as a clear answer; in Teams it would be silence.
    /// </summary>
    private static (string Fault, Disruption Disruption)[] FaultPlan(TimeSpan duration, Disruption instanceCrash) =>
    [
        ("store", Disruption.StoreCrash(duration * 0.15, TimeSpan.FromSeconds(10))),
        ("peers", Disruption.PeerOutage(duration * 0.40, throttled: TimeSpan.FromSeconds(3), retryAfterSeconds: 3, down: TimeSpan.FromSeconds(3))),
        ("instance", instanceCrash),
    ];

    /// <summary>Steps the offered rate up by half each step while p99 stays under target with no errors; answers the last rate that held.</summary>
    private static async Task<double> SearchAsync(
        ScaleOutOptions options, ScaleOutCluster cluster, TrafficContext context, ScaleOutReport report, CancellationToken ct)
    {
        // One unmeasured step first: the two processes' JIT and Azurite's first queries put a
        // p99 of hundreds of milliseconds into the first seconds, which would end the search at
        // its first step although the instances were nearly idle. Its traffic is checked like
        // the rest.
        var warmUp = new TurnStats();
        var warmUpClock = Stopwatch.StartNew();
        await new TrafficRunner(WithStats(context, cluster, warmUp)).RunOpenAsync(options.StartRate, options.Step, ct).ConfigureAwait(false);
        report.Latency(string.Create(CultureInfo.InvariantCulture, $"warm-up {options.StartRate:0}/s"), warmUp.Latency(), warmUpClock.Elapsed, warmUp.Errors);

        var held = 0.0;
        for (var rate = options.StartRate; rate < 100_000; rate *= 1.5)
        {
            var stats = new TurnStats();
            var clock = Stopwatch.StartNew();
            await new TrafficRunner(WithStats(context, cluster, stats)).RunOpenAsync(rate, options.Step, ct).ConfigureAwait(false);
            clock.Stop();
            var latency = stats.Latency();
            var achieved = latency.Count / clock.Elapsed.TotalSeconds;
            report.Latency(string.Create(CultureInfo.InvariantCulture, $"step {rate:0}/s"), latency, clock.Elapsed, stats.Errors);
            if (latency.P99Ms >= options.P99TargetMs || stats.Errors > 0 || achieved < rate * 0.8)
            {
                break;
            }

            held = rate;
        }

        return held > 0 ? held : options.StartRate;
    }

    private static TrafficContext WithStats(TrafficContext context, ScaleOutCluster cluster, TurnStats stats) =>
        context with { Client = new BotClient(cluster.Http, cluster.Settings, stats) };

    /// <param name="faults">A fault run's ledger: its answers are checked instead of "every turn answered".</param>
    private static async Task<IReadOnlyList<CheckResult>> CheckAllAsync(
        ScaleOutCluster cluster, TrafficContext context, TurnStats stats, DateTimeOffset started, CancellationToken ct, AnswerLedger? faults = null)
    {
        var dueBy = cluster.Seed.FollowUps.Max(f => f.Record.FollowUpDueAt);
        var deadline = dueBy + TimeSpan.FromSeconds(90) - DateTimeOffset.UtcNow;
        await MessageAudit.WaitForJobsAsync(cluster.Inbox, cluster.Seed, deadline > TimeSpan.FromSeconds(5) ? deadline : TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        IsoWeek[] weeks = [.. new[] { started, DateTimeOffset.UtcNow }.Select(t => IsoWeek.FromInstant(t, TimeZoneInfo.Utc)).Distinct()];
        var latency = stats.Latency();
        return [
            .. await StoreAudit.RunAsync(cluster.Store, context.Expected, weeks, ct).ConfigureAwait(false),
            .. await MessageAudit.RunAsync(cluster.Inbox, cluster.Seed, cluster.Store, context.Expected, ct).ConfigureAwait(false),
            faults is null
                ? new CheckResult("every turn answered (no 5xx, no refused or dropped request)", (int)latency.Count, [.. stats.ErrorSamples])
                : AnswerAudit.Run(faults),
        ];
    }

    private static string RunId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3));

    /// <summary>Reads the instances' CPU and memory once a second until disposed.</summary>
    private static Timer Sampling(ScaleOutCluster cluster, CancellationToken ct) =>
        new(_ =>
        {
            if (!ct.IsCancellationRequested)
            {
                cluster.Sample();
            }
        }, null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
}

/// <summary>A run's verdict and every check behind it.</summary>
internal sealed record ScaleOutOutcome(bool Passed, IReadOnlyList<CheckResult> Checks);
