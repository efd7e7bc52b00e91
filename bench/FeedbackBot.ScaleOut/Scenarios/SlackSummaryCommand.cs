using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Scenarios;

/// <summary>
/// A signed slash command (<c>/feedback-summary last week</c> from a user who is no manager): the
/// instance acknowledges at once and answers through the response URL, exactly once.
/// </summary>
internal sealed class SlackSummaryCommand : IScenario
{
    public const string Refusal = "Sorry, only managers";

    public string Name => "slack command";

    public async Task RunAsync(TrafficContext context, int index, CancellationToken ct)
    {
        var dialog = Payloads.Id("slack-command-", index);
        context.Expected.DialogStarted(dialog);

        // Each try is a new command, answered through its own response URL.
        var tries = 0;
        string ResponseId(int attempt) => $"{context.RunId}-cmd-{index}-{attempt}";
        await context.ChatTurnAsync(
            "slack command",
            attempt => ReplyInbox.ResponseKey(ResponseId(attempt)),
            0,
            Refusal,
            attempt =>
            {
                tries = attempt + 1;
                var body = Payloads.SlashCommand("/feedback-summary", "last week", Payloads.Id("USLK", index), context.ResponseUrl(ResponseId(attempt)));
                return context.Client.PostSlackAsync(context.InstanceFor(index, attempt), "api/slack/commands", body, form: true, retry: 0, ct);
            },
            ct).ConfigureAwait(false);

        for (var attempt = 0; attempt < tries; attempt++)
        {
            context.Expected.MessagesExpected(ReplyInbox.ResponseKey(ResponseId(attempt)), 1);
        }

        context.Expected.DialogEnded(dialog, asScripted: true);
    }
}
