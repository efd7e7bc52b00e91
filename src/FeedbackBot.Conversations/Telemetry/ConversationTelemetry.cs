using System.Diagnostics;
using System.Diagnostics.Metrics;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Telemetry;

namespace FeedbackBot.Conversations.Telemetry;

/// <summary>
/// The engine's span per turn and its turn metrics, under the shared <see cref="TelemetryNames.Root"/>
/// name the host subscribes to. The meter comes from <see cref="IMeterFactory"/> so each service
/// provider (and each test) gets its own instruments.
/// </summary>
internal sealed class ConversationTelemetry : IDisposable
{
    private readonly ActivitySource activitySource = new(TelemetryNames.Root);
    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;

    public ConversationTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(TelemetryNames.Root);
        turns = meter.CreateCounter<long>("feedbackbot.turns", "{turn}", "Turns handled by the conversation engine.");
        turnDuration = meter.CreateHistogram<double>("feedbackbot.turn.duration", "ms", "Time from receiving a turn to its last reply.");
    }

    public Activity? StartTurn(ConversationTurn turn)
    {
        var activity = activitySource.StartActivity("feedbackbot.turn");
        activity?.SetTag("feedbackbot.channel", turn.Conversation.Channel);
        activity?.SetTag("feedbackbot.turn.kind", turn.Kind.ToString());
        return activity;
    }

    public void RecordTurn(ConversationTurn turn, TurnOutcome outcome, int attempts, TimeSpan elapsed, Activity? activity)
    {
        var outcomeName = OutcomeName(outcome);
        var tags = new TagList
        {
            { "channel", turn.Conversation.Channel },
            { "outcome", outcomeName },
        };
        turns.Add(1, tags);
        turnDuration.Record(elapsed.TotalMilliseconds, tags);

        activity?.SetTag("feedbackbot.turn.outcome", outcomeName);
        activity?.SetTag("feedbackbot.turn.attempts", attempts);
        if (outcome is TurnOutcome.StoreFailed or TurnOutcome.Failed)
        {
            activity?.SetStatus(ActivityStatusCode.Error, outcomeName);
        }
    }

    public void Dispose() => activitySource.Dispose();

    private static string OutcomeName(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Completed => "completed",
        TurnOutcome.Busy => "busy",
        TurnOutcome.RateLimited => "rate_limited",
        TurnOutcome.StoreFailed => "store_failed",
        _ => "failed",
    };
}
