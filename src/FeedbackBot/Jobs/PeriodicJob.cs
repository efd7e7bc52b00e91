namespace FeedbackBot.Jobs;

/// <summary>
/// A job every instance runs once at start and then at each tick of the registered
/// <see cref="TimeProvider"/> (so tests move time on instead of waiting). The job itself makes its
/// work happen once across instances (a lease in the store); this base only keeps it running: a
/// failed run, such as a store outage, is logged and the next tick tries again.
/// </summary>
public abstract partial class PeriodicJob(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The clock the ticks come from, for the job's own idea of "now".</summary>
    protected TimeProvider Time => time;

    /// <summary>How long between runs; the longest a due piece of work may wait.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>The job's name in logs.</summary>
    protected abstract string Name { get; }

    /// <summary>False when configuration switches the job off; it then never runs.</summary>
    protected virtual bool Enabled => true;

    /// <summary>One run: everything due now.</summary>
    protected abstract Task RunAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRunFailed(logger, ex, Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Job} run failed; it runs again at the next tick")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string job);
}
