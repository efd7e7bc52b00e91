using System.Diagnostics.Metrics;
using FeedbackBot.Core.Telemetry;
using FeedbackBot.Core.Votes;
using FeedbackBot.Jobs;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Votes;

/// <summary>
/// Counts what a crash or a store outage left uncounted (see <see cref="CountRepair"/>): every
/// minute, each instance settles the count intents whose vote or request row landed and discards
/// those whose row never did. No lease: settling an intent is one transaction that only its first
/// taker wins, so instances running this at once cannot double a count. Listing intents reads
/// across tenants, on the small aggregates table, which is fine once a minute.
/// </summary>
public sealed partial class CountRepairJob : PeriodicJob
{
    private const int BatchSize = 500;
    private const int MaxBatchesPerRun = 20;

    private readonly CountRepair repair;
    private readonly IOptions<VoteOptions> options;
    private readonly ILogger<CountRepairJob> logger;
    private readonly Counter<long> repaired;

    public CountRepairJob(CountRepair repair, IOptions<VoteOptions> options, IMeterFactory meterFactory, TimeProvider time, ILogger<CountRepairJob> logger)
        : base(time, logger)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        this.repair = repair;
        this.options = options;
        this.logger = logger;
        repaired = meterFactory.Create(TelemetryNames.Root)
            .CreateCounter<long>("feedbackbot.votes.count_repairs", "{change}", "Count intents the repair job settled (counted) or discarded (their row never landed), by outcome.");
    }

    protected override TimeSpan Interval => options.Value.CountRepairInterval;

    protected override string Name => "count repair";

    protected override Task RunAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>One run: passes over the old intents until one finds nothing more to do.</summary>
    public async Task<CountRepairResult> RunOnceAsync(CancellationToken ct)
    {
        var total = new CountRepairResult(0, 0, 0);
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var pass = await repair.RunAsync(options.Value.CountRepairMinAge, options.Value.CountRepairGrace, BatchSize, ct);
            total = new CountRepairResult(total.Settled + pass.Settled, total.Discarded + pass.Discarded, pass.Waiting);
            Record(pass);

            // A full batch that changed something may have more behind it; intents still in their grace period come back every pass.
            if (pass.Settled + pass.Discarded + pass.Waiting < BatchSize || pass.Settled + pass.Discarded == 0)
            {
                break;
            }
        }

        if (total.Settled + total.Discarded > 0)
        {
            LogRepaired(logger, total.Settled, total.Discarded, total.Waiting);
        }

        return total;
    }

    private void Record(CountRepairResult pass)
    {
        if (pass.Settled > 0)
        {
            repaired.Add(pass.Settled, new KeyValuePair<string, object?>("outcome", "settled"));
        }

        if (pass.Discarded > 0)
        {
            repaired.Add(pass.Discarded, new KeyValuePair<string, object?>("outcome", "discarded"));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Count repair: {Settled} uncounted changes counted, {Discarded} whose row never landed discarded, {Waiting} still within their grace period")]
    private static partial void LogRepaired(ILogger logger, int settled, int discarded, int waiting);
}
