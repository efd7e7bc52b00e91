using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Scenarios;

/// <summary>
/// A signed slash command (<c>/feedback-summary last week</c> from a user who is no manager): the
/// instance acknowledges at once and answers through the response URL, exactly once. When Slack
/// would show the user an error (no acknowledgement, or "busy" in it) the user runs the command again.
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
        var errorShown = new HashSet<int>();
        string ResponseId(int attempt) => $"{context.RunId}-cmd-{index}-{attempt}";
        await context.ChatTurnAsync(
            "slack command",
            attempt => ReplyInbox.ResponseKey(ResponseId(attempt)),
            0,
            Refusal,
            async attempt =>
            {
                tries = attempt + 1;
                var body = Payloads.SlashCommand("/feedback-summary", "last week", Payloads.Id("USLK", index), context.ResponseUrl(ResponseId(attempt)));
                try
                {
                    await context.Client.PostSlackAsync(context.InstanceFor(index, attempt), "api/slack/commands", body, form: true, retry: 0, ct).ConfigureAwait(false);
                }
                catch (SlackUserSawErrorException)
                {
                    errorShown.Add(attempt);
                    throw;
                }
            },
            ct).ConfigureAwait(false);

        for (var attempt = 0; attempt < tries; attempt++)
        {
            // A command Slack showed an error for may still have reached an instance that journaled
            // it before dying: then the take-over answers it (or says it was interrupted), never twice.
            if (errorShown.Contains(attempt))
            {
                context.Expected.NoRepeats(ReplyInbox.ResponseKey(ResponseId(attempt)));
            }
            else
            {
                context.Expected.MessagesExpected(ReplyInbox.ResponseKey(ResponseId(attempt)), 1);
            }
        }

        context.Expected.DialogEnded(dialog, asScripted: true);
    }
}
