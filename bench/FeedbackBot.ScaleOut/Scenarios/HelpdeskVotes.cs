using System.Net;
using FeedbackBot.Core.Votes;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Scenarios;

/// <summary>
/// A helpdesk reports an interaction to both instances at once (<c>POST /api/interactions</c>, as a
/// client retrying on another node would): both must answer with the same request, exactly one of
/// them 201. The customer then votes: by the one-click link, or, for a Slack customer, in the DM
/// the bot opened (HIT or MISS, why, and for a MISS which part), each event also redelivered to the other instance with
/// the same <c>event_id</c> as Slack retries it. Every third customer changes their mind by link on
/// the other instance. The last acknowledged vote is what the store must hold.
/// </summary>
internal sealed class HelpdeskVotes(bool inChat) : IScenario
{
    /// <summary>A HIT in chat: what the customer types and a piece of the bot's answer.</summary>
    private static readonly (string Say, string Expect)[] HitInChat =
    [
        ("hit", "What made it work?"),
        ("Quick and friendly", "Thank you for your feedback"),
    ];

    /// <summary>A MISS in chat also asks which part of the service it was about.</summary>
    private static readonly (string Say, string Expect)[] MissInChat =
    [
        ("miss", "What should we have done differently?"),
        ("It took three calls", "Which part of our service was it about?"),
        ("Shipping", "Thank you for your feedback"),
    ];

    /// <summary>How long the helpdesk waits before it sends an interaction again whose customer was not messaged.</summary>
    private static readonly TimeSpan RetryWhenNotMessaged = TimeSpan.FromSeconds(5);

    public string Name => inChat ? "helpdesk + slack chat vote" : "helpdesk + link vote";

    public async Task RunAsync(TrafficContext context, int index, CancellationToken ct)
    {
        var tenant = inChat ? Payloads.SlackTeam : Payloads.TeamsTenant;
        var interactionId = $"{context.RunId}-int-{index}";
        var slackUser = inChat ? Payloads.Id("UCUST", index) : null;
        var body = Payloads.Interaction(tenant, interactionId, index, slackUser, agent: index % 5, team: index % 3);

        var answers = await Task.WhenAll(
            context.Client.PostInteractionAsync(context.InstanceFor(index, 0), body, ct),
            context.Client.PostInteractionAsync(context.InstanceFor(index, 1), (System.Text.Json.Nodes.JsonObject)body.DeepClone(), ct)).ConfigureAwait(false);
        var requestIds = answers.Select(a => (string?)a.Body["requestId"]).Distinct().ToList();
        // In a fault run the 201 may have been lost with a killed instance or a store outage
        // (the client's retry then gets the 200 of the request already made); never two.
        var created = answers.Count(a => a.Status == HttpStatusCode.Created);
        if (requestIds.Count != 1 || created > 1 || (created == 0 && context.Faults is null))
        {
            context.Expected.Problem($"{interactionId}: both instances answered {string.Join(", ", answers.Select(a => $"{(int)a.Status} {a.Body["requestId"]}"))}");
        }

        context.Expected.RequestCreated(tenant, interactionId, requestIds[0] ?? "");
        var surveyUrl = new Uri((string?)answers[0].Body["surveyUrl"] ?? throw new TurnFailedException($"{interactionId}: no surveyUrl"));
        // A request stored before a 503 (the client's retry above) or on an instance that died is
        // asked on the retry, so the chat question is expected whenever the bot can reach Slack.
        var messaged = answers.Any(Messaged);
        if (slackUser is not null && !messaged && context.Faults is not null)
        {
            // "messaged": false in a fault run: the send failed (Slack refusing past its retry
            // budget) or the instance holding the question died. The same interaction again asks
            // the customer if the bot can reach them now; the helpdesk tries once, after a pause.
            await Task.Delay(RetryWhenNotMessaged, ct).ConfigureAwait(false);
            var again = await context.Client.PostInteractionAsync(context.InstanceFor(index, 2), (System.Text.Json.Nodes.JsonObject)body.DeepClone(), ct).ConfigureAwait(false);
            if ((string?)again.Body["requestId"] != requestIds[0])
            {
                context.Expected.Problem($"{interactionId}: the retry after \"messaged\": false answered another request, {again.Body["requestId"]}");
            }

            messaged = Messaged(again);
            context.Faults.Ledger.Count(messaged ? AnswerClass.Answered : AnswerClass.ClearRefusal, "slack vote question asked on the helpdesk's retry");
        }

        if (slackUser is not null && messaged)
        {
            await VoteInChatAsync(context, index, tenant, interactionId, slackUser, ct).ConfigureAwait(false);
        }
        else
        {
            if (slackUser is not null)
            {
                context.Faults?.Ledger.Count(AnswerClass.ClearRefusal, "slack vote question (messaged: false on the retry too, link instead)");
                if (context.Faults is null)
                {
                    context.Expected.Problem($"{interactionId}: the customer was not messaged in chat");
                }
            }

            await context.Client.VoteByLinkAsync(context.InstanceFor(index, 0), surveyUrl, "hit", ct).ConfigureAwait(false);
            context.Expected.VoteAcknowledged(tenant, interactionId, Verdict.Hit);
        }

        if (index % 3 == 0)
        {
            await context.Client.VoteByLinkAsync(context.InstanceFor(index, 1), surveyUrl, "miss", ct).ConfigureAwait(false);
            context.Expected.VoteAcknowledged(tenant, interactionId, Verdict.Miss);
        }
    }

    private static bool Messaged((HttpStatusCode Status, System.Text.Json.Nodes.JsonNode Body) answer) => answer.Body["messaged"]?.GetValue<bool>() == true;

    private static async Task VoteInChatAsync(TrafficContext context, int index, string tenant, string interactionId, string slackUser, CancellationToken ct)
    {
        var dialog = Payloads.Id("slack-vote-", index);
        var dm = "D" + slackUser;
        context.Expected.DialogStarted(dialog);

        // The question the bot sent on its own when the request was created.
        int seen;
        try
        {
            seen = await context.Inbox.WaitForAsync(dm, 0, "", context.ReplyTimeout, ct).ConfigureAwait(false);
            context.Faults?.Ledger.Count(AnswerClass.Answered, "slack vote question");
        }
        catch (TimeoutException ex)
        {
            context.Faults?.Ledger.Count(AnswerClass.Silence, "slack vote question", ex.Message);
            throw;
        }

        var verdict = index / 4 % 2 == 0 ? Verdict.Hit : Verdict.Miss;
        var script = verdict == Verdict.Hit ? HitInChat : MissInChat;
        for (var turn = 0; turn < script.Length; turn++)
        {
            var (say, expect) = script[turn];
            var step = turn;
            seen = await context.ChatTurnAsync(
                "slack chat",
                dm,
                seen,
                expect,
                attempt =>
                {
                    var eventBody = Payloads.SlackDirectMessage($"{context.RunId}-ev-{index}-{step}-{attempt}", slackUser, dm, say);
                    return Task.WhenAll(
                        context.Client.PostSlackAsync(context.InstanceFor(index, step + attempt), "api/slack/events", eventBody, form: false, retry: 0, ct),
                        context.Client.PostSlackAsync(context.InstanceFor(index, step + attempt + 1), "api/slack/events", eventBody, form: false, retry: 1, ct));
                },
                ct).ConfigureAwait(false);
            if (turn == 0)
            {
                context.Expected.VoteAcknowledged(tenant, interactionId, verdict);
            }
        }

        context.Expected.NoRepeats(dm);
        context.Expected.DialogEnded(dialog, asScripted: true);
    }
}
