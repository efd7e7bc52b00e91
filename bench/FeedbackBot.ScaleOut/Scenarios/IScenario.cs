using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Scenarios;

/// <summary>One scripted piece of traffic (a dialog, a command, a helpdesk request and its votes), numbered so its ids are unique in the run.</summary>
internal interface IScenario
{
    string Name { get; }

    /// <exception cref="TurnFailedException">The bot refused or dropped a turn.</exception>
    /// <exception cref="TimeoutException">The bot's answer did not come.</exception>
    Task RunAsync(TrafficContext context, int index, CancellationToken ct);
}
