using FeedbackBot.Conversations.Decisions;

namespace FeedbackBot.Decisions;

/// <summary>
/// Runs the decision follow-ups on every instance once a minute (<see cref="DecisionFollowUps"/>
/// makes each go out once). Time comes from the registered <see cref="TimeProvider"/>, so tests
/// move it on instead of waiting.
/// </summary>
internal sealed partial class DecisionFollowUpService(DecisionFollowUps followUps, TimeProvider time, ILogger<DecisionFollowUpService> logger) : BackgroundService
{
    /// <summary>A follow-up may go out up to this late; it is a nudge days after the check, not an alarm.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await followUps.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A store outage must not end the job: the next tick tries again.
                LogRunFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Decision follow-up run failed; retrying on the next tick")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
