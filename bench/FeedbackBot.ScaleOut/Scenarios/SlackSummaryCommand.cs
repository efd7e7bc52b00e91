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
        var responseId = $"{context.RunId}-cmd-{index}";
        context.Expected.DialogStarted(dialog);

        var body = Payloads.SlashCommand("/feedback-summary", "last week", Payloads.Id("USLK", index), context.ResponseUrl(responseId));
        await context.Client.PostSlackAsync(context.InstanceFor(index, 0), "api/slack/commands", body, form: true, retry: 0, ct).ConfigureAwait(false);
        await context.Inbox.WaitForAsync(ReplyInbox.ResponseKey(responseId), 0, Refusal, context.ReplyTimeout, ct).ConfigureAwait(false);

        context.Expected.MessagesExpected(ReplyInbox.ResponseKey(responseId), 1);
        context.Expected.DialogEnded(dialog, asScripted: true);
    }
}
