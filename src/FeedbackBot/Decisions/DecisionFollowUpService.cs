using FeedbackBot.Conversations.Decisions;
using FeedbackBot.Jobs;

namespace FeedbackBot.Decisions;

/// <summary>
/// Runs the decision follow-ups on every instance once a minute; <see cref="DecisionFollowUps"/>
/// makes each go out once.
/// </summary>
internal sealed class DecisionFollowUpService(DecisionFollowUps followUps, TimeProvider time, ILogger<DecisionFollowUpService> logger)
    : PeriodicJob(time, logger)
{
    /// <summary>A follow-up may go out up to this late; it is a nudge days after the check, not an alarm.</summary>
    public static readonly TimeSpan RunInterval = TimeSpan.FromMinutes(1);

    protected override TimeSpan Interval => RunInterval;

    protected override string Name => "decision follow-up";

    protected override Task RunAsync(CancellationToken ct) => followUps.RunOnceAsync(ct);
}
