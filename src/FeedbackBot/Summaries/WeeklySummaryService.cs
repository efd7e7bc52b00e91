using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Jobs;

namespace FeedbackBot.Summaries;

/// <summary>
/// Runs the weekly push on every instance every few minutes and once at start, so a push time
/// missed while no instance ran is caught up at once (<see cref="WeeklySummaryPush"/> makes each
/// summary go out once).
/// </summary>
internal sealed class WeeklySummaryService(WeeklySummaryPush push, TimeProvider time, ILogger<WeeklySummaryService> logger)
    : PeriodicJob(time, logger)
{
    /// <summary>A summary goes out at most this long after its time; each run costs a few reads per tenant.</summary>
    public static readonly TimeSpan RunInterval = TimeSpan.FromMinutes(5);

    protected override TimeSpan Interval => RunInterval;

    protected override string Name => "weekly summary push";

    protected override Task RunAsync(CancellationToken ct) => push.RunOnceAsync(ct);
}
