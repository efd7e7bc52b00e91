using FeedbackBot.ScaleOut.Scenarios;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>The mixed traffic: scenario <c>n</c> is the <c>n mod 4</c>-th kind, so every kind runs alike often.</summary>
internal static class ScenarioMix
{
    private static readonly (IScenario Scenario, int Turns)[] Kinds =
    [
        (new TeamsDecisionCheck(), 8),
        (new HelpdeskVotes(inChat: false), 3),
        (new SlackSummaryCommand(), 1),
        (new HelpdeskVotes(inChat: true), 8),
    ];

    public static IScenario For(int index) => Kinds[index % Kinds.Length].Scenario;

    /// <summary>Bot requests per scenario on average (re-votes: one in three), to turn a turn rate into a start rate.</summary>
    public static double TurnsPerScenario => Kinds.Average(k => k.Turns) + 1.0 / 3 / 2;

    /// <summary>Runs scenario <paramref name="index"/>; a failure is recorded, never thrown.</summary>
    public static async Task RunAsync(TrafficContext context, int index, CancellationToken ct)
    {
        var scenario = For(index);
        try
        {
            await scenario.RunAsync(context, index, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TurnFailedException or TimeoutException or HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            context.Expected.Problem($"{scenario.Name} #{index}: {ex.Message}");
        }
    }
}
