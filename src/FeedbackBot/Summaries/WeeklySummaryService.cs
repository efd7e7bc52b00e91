using FeedbackBot.Conversations.Summaries;

namespace FeedbackBot.Summaries;

/// <summary>
/// Runs the weekly push on every instance every few minutes and once at start, so a push time
/// missed while no instance ran is caught up at once (<see cref="WeeklySummaryPush"/> makes each
/// summary go out once). Time comes from the registered <see cref="TimeProvider"/>.
/// </summary>
internal sealed partial class WeeklySummaryService(WeeklySummaryPush push, TimeProvider time, ILogger<WeeklySummaryService> logger) : BackgroundService
{
    /// <summary>A summary goes out at most this long after its time; each run costs a few reads per tenant.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await push.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A store outage must not end the job: the next tick tries again.
                LogRunFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly summary run failed; retrying on the next tick")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
