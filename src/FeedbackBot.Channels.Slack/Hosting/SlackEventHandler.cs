using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Turns;
using FeedbackBot.Conversations.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.Hosting;

/// <summary>
/// Turns a verified Events API delivery (PROTOCOLS.md 6.5, 6.6) into work. A direct message
/// (<c>message</c> in an <c>im</c>) or a mention (<c>app_mention</c>, the mention stripped) is
/// a message turn; bot messages (ours included), edits, deletions and other subtypes are
/// acknowledged and ignored. The work is journaled under the event id before the 200, so a retry
/// (<c>X-Slack-Retry-Num</c>) that meets it is only acknowledged; the event id is claimed by the
/// worker before the turn runs, so a later retry has no second effect either, whichever instance
/// it reaches. Work that cannot be journaled is answered 503, and Slack retries it.
/// </summary>
internal sealed partial class SlackEventHandler(SlackWorkAcceptor acceptor, TimeProvider time, ILogger<SlackEventHandler> logger)
{
    public async Task<IResult> HandleAsync(EventEnvelope envelope, string? retryNumber, CancellationToken ct)
    {
        switch (envelope.Type)
        {
            case EventEnvelope.UrlVerification when envelope.Challenge is { Length: > 0 } challenge:
                return Results.Text(challenge, "text/plain");
            case EventEnvelope.UrlVerification:
                return Refuse("url_verification without challenge");
            case EventEnvelope.EventCallback:
                return await CallbackAsync(envelope, retryNumber, ct);
            default:
                return Results.Ok();
        }
    }

    private async Task<IResult> CallbackAsync(EventEnvelope envelope, string? retryNumber, CancellationToken ct)
    {
        if (envelope.TeamId is not { Length: > 0 } team || envelope.EventId is not { Length: > 0 } eventId || envelope.Event is not { } inner)
        {
            return Refuse("event_callback without team_id, event_id or event");
        }

        var botUserId = envelope.Authorizations?.FirstOrDefault(a => a is { IsBot: true })?.UserId;
        if (IsIgnored(inner, botUserId) || TextOf(inner, botUserId) is not { } text)
        {
            return Results.Ok();
        }

        if (inner.User is not { Length: > 0 } user || inner.Channel is not { Length: > 0 } channel)
        {
            return Refuse("message event without user or channel");
        }

        var turn = new ConversationTurn
        {
            Kind = TurnKind.Message,
            Conversation = SlackConversations.Key(channel, inner.ThreadTs),
            Tenant = team,
            User = new ChatUser(user, null),
            Text = text,

            // The text keeps Slack's <@U…> form (dialogs read ids from it); the people are handed over too.
            Mentions = [.. UserMentions.Parse(text).Where(m => m.Id != botUserId)],
            IsGroup = inner.ChannelType != SlackEvent.ImChannelType,
        };
        var target = new SlackReplyTarget { TeamId = team, UserId = user, ChannelId = channel, ThreadTs = inner.ThreadTs, ReceivedAt = time.GetUtcNow() };
        var happened = envelope.EventTime is { } seconds and > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : time.GetUtcNow();
        if (retryNumber is not null)
        {
            LogRetry(logger, eventId, retryNumber);
        }

        if (await acceptor.AcceptAsync(new TurnWork(turn, target, new SlackEventClaim(team, eventId, happened)), ct) == SlackAcceptance.Refused)
        {
            // Neither journaled nor claimed, so Slack's retry later is welcome: say so with a retryable status.
            LogBusy(logger, eventId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    /// <summary>bolt-js's ignoreSelf, made safer: any bot's message, and any edit, deletion or other subtype.</summary>
    private static bool IsIgnored(SlackEvent inner, string? botUserId) =>
        inner.BotId is not null
        || inner.Subtype is not null
        || (botUserId is not null && inner.User == botUserId);

    private static string? TextOf(SlackEvent inner, string? botUserId) => inner.Type switch
    {
        SlackEvent.Message when inner.ChannelType == SlackEvent.ImChannelType => inner.Text ?? "",
        SlackEvent.AppMention => MentionText.StripBotMention(inner.Text, botUserId),
        _ => null,
    };

    private IResult Refuse(string reason)
    {
        SlackRequestGate.LogRefused(logger, "/api/slack/events", StatusCodes.Status400BadRequest, reason);
        return Results.BadRequest();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack event {EventId} is delivery retry {RetryNumber}")]
    private static partial void LogRetry(ILogger logger, string eventId, string retryNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event {EventId} not taken on (work queue full or journal unavailable): answered 503 for Slack to retry")]
    private static partial void LogBusy(ILogger logger, string eventId);
}
