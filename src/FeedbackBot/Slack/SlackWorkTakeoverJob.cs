using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Jobs;

namespace FeedbackBot.Slack;

/// <summary>
/// Every <c>Slack:WorkTakeoverInterval</c>, each instance takes over acknowledged Slack work whose
/// instance died or stopped before finishing it (<see cref="SlackWorkTakeover"/>). No lease of its
/// own: each entry is taken with a compare-and-swap, so instances running this at once never run
/// one piece of work twice.
/// </summary>
public sealed partial class SlackWorkTakeoverJob(SlackWorkTakeover takeover, TimeProvider time, ILogger<SlackWorkTakeoverJob> logger)
    : PeriodicJob(time, logger)
{
    protected override TimeSpan Interval => takeover.Interval;

    protected override string Name => "Slack work take-over";

    protected override async Task RunAsync(CancellationToken ct)
    {
        var taken = await takeover.RunOnceAsync(ct);
        if (taken > 0)
        {
            LogTaken(logger, taken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack work take-over: {Taken} pieces of work another instance left unfinished were taken over")]
    private static partial void LogTaken(ILogger logger, int taken);
}
