using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Scenarios;

/// <summary>
/// <c>/decision-check</c> in a Teams personal chat, answered turn by turn through
/// <c>/api/messages</c>, each turn on the other instance than the one before: the dialog state must
/// travel through the store. It must end with the GO card and exactly one stored record.
/// </summary>
internal sealed class TeamsDecisionCheck : IScenario
{
    /// <summary>What the user says, and a piece of the bot's answer to it ("" = any answer).</summary>
    private static readonly (string Say, string Expect)[] Answers =
    [
        ("shipping", "How will our customers react"),
        ("hit", "Why do you expect a HIT?"),
        ("Customers want speed", ""),
        ("yes", ""),
        ("Faster delivery", ""),
        ("no", ""),
        ("yes", "Recommendation: GO"),
    ];

    public string Name => "teams decision-check";

    public async Task RunAsync(TrafficContext context, int index, CancellationToken ct)
    {
        var dialog = Payloads.Id("teams-decision-", index);
        var conversation = $"a:{context.RunId}-dc-{index}";
        var owner = $"29:{context.RunId}-owner-{index}";
        var title = $"Scale-out decision {index}";
        context.Expected.DialogStarted(dialog);

        var seen = await SayAsync(context, index, 0, conversation, owner, "decision-check " + title, "", 0, ct).ConfigureAwait(false);
        for (var turn = 0; turn < Answers.Length; turn++)
        {
            var (say, expect) = Answers[turn];
            seen = await SayAsync(context, index, turn + 1, conversation, owner, say, expect, seen, ct).ConfigureAwait(false);
        }

        context.Expected.DecisionSaved(Payloads.TeamsTenant, owner, title);
        context.Expected.DialogEnded(dialog, asScripted: true);
    }

    /// <summary>One turn, on the instance after the previous turn's; a repeat after "please try again" is a new message.</summary>
    private static Task<int> SayAsync(
        TrafficContext context, int index, int turn, string conversation, string user, string text, string expect, int seen, CancellationToken ct) =>
        context.ChatTurnAsync(
            "teams chat",
            conversation,
            seen,
            expect,
            attempt => context.Client.PostActivityAsync(context.InstanceFor(index, turn + attempt), Payloads.TeamsMessage(context.ConnectorServiceUrl, conversation, user, text), ct),
            ct);
}
