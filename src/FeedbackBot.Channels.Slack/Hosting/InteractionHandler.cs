using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Forms;
using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Replies;
using FeedbackBot.Channels.Slack.Turns;
using FeedbackBot.Channels.Slack.WebApi;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FeedbackBot.Channels.Slack.Hosting;

/// <summary>
/// Turns a verified interactivity payload (PROTOCOLS.md 6.4) into work: a button click becomes a
/// turn (a choice says its value; a card button submits its data, and its message is the one to
/// replace), a modal submission runs at once for its field errors, a closed modal cancels the
/// dialog that waited for it. Anything else is not ours: 400.
/// </summary>
internal sealed partial class InteractionHandler(
    SlackWorkAcceptor acceptor,
    ModalSubmissions modals,
    SlackUserLocales locales,
    IResponseUrlClient responseUrls,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    public Task<IResult> HandleAsync(InteractionPayload payload, CancellationToken ct) => payload.Type switch
    {
        InteractionPayload.BlockActions => BlockActionsAsync(payload, ct),
        InteractionPayload.ViewSubmission => ViewSubmissionAsync(payload, ct),
        InteractionPayload.ViewClosed => ViewClosedAsync(payload, ct),
        _ => Task.FromResult(Refuse("unknown payload type")),
    };

    private async Task<IResult> BlockActionsAsync(InteractionPayload payload, CancellationToken ct)
    {
        var action = payload.Actions is { Count: > 0 } actions ? actions[0] : null;
        if (ReplySlackIds.IsLink(action?.ActionId))
        {
            return Results.Ok(); // the browser opened the link; there is nothing for the bot to do
        }

        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id;
        if (action is null || payload.TeamId is not { } team || payload.User?.Id is not { } user || channel is null)
        {
            return Refuse("block_actions without action, team, user or channel");
        }

        var responseUrl = SlackUrls.TryParseHttp(payload.ResponseUrl, out var url) ? url : null;
        var threadTs = payload.Message?.ThreadTs;
        var turn = new ConversationTurn
        {
            Kind = TurnKind.Message,
            Conversation = SlackConversations.Key(channel, threadTs),
            Tenant = team,
            User = new ChatUser(user, null),
            IsGroup = SlackConversations.IsGroup(channel),
        };
        if (ReplySlackIds.IsChoice(action.ActionId) && action.Value is { } said)
        {
            turn = turn with { Text = said };
        }
        else if (ReplySlackIds.IsCardButton(action.ActionId) && ButtonData.TryParse(action.Value) is { } data)
        {
            turn = turn with { Values = data, SourceMessageId = payload.Container?.MessageTs ?? payload.Message?.Ts };
        }
        else
        {
            return Refuse("unknown action");
        }

        var target = new SlackReplyTarget
        {
            TeamId = team,
            UserId = user,
            ChannelId = channel,
            ThreadTs = threadTs,
            Ephemeral = payload.Container?.IsEphemeral ?? false,
            ResponseUrl = responseUrl,
            TriggerId = payload.TriggerId,
            ReceivedAt = time.GetUtcNow(),
        };
        if (await acceptor.AcceptAsync(new TurnWork(turn, target), ct) == SlackAcceptance.Refused)
        {
            TellBusy(target);
        }

        return Results.Ok();
    }

    private async Task<IResult> ViewSubmissionAsync(InteractionPayload payload, CancellationToken ct)
    {
        if (Form(payload) is not { } form)
        {
            return Refuse("view_submission not from our form");
        }

        var (team, user, context) = form;

        var values = new Dictionary<string, string>(context.Data ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in ViewValues.Read(payload.View!.State))
        {
            values[key] = value;
        }

        var turn = FormTurn(team, user, context) with { Values = values, Mentions = ViewValues.People(payload.View!.State) };
        return await modals.SubmitAsync(turn, Target(team, user, context), context, ct);
    }

    /// <summary>Closing the form is the user saying "cancel" to the question it asked.</summary>
    private async Task<IResult> ViewClosedAsync(InteractionPayload payload, CancellationToken ct)
    {
        if (Form(payload) is not { } form)
        {
            return Refuse("view_closed not from our form");
        }

        var (team, user, context) = form;

        var target = Target(team, user, context);
        if (await acceptor.AcceptAsync(new TurnWork(FormTurn(team, user, context) with { Text = "cancel" }, target), ct) == SlackAcceptance.Refused)
        {
            LogBusy(logger, target.ChannelId);
        }

        return Results.Ok();
    }

    private static (string Team, string User, ModalContext Context)? Form(InteractionPayload payload) =>
        payload.View?.CallbackId == FormSlackIds.FormCallback
        && payload.TeamId is { } team
        && payload.User?.Id is { } user
        && ModalContext.TryParse(payload.View.PrivateMetadata) is { } context
            ? (team, user, context)
            : null;

    private static ConversationTurn FormTurn(string team, string user, ModalContext context) => new()
    {
        Kind = TurnKind.Message,
        Conversation = SlackConversations.Key(context.ChannelId, context.ThreadTs),
        Tenant = team,
        User = new ChatUser(user, null),
        IsGroup = SlackConversations.IsGroup(context.ChannelId),
    };

    private SlackReplyTarget Target(string team, string user, ModalContext context) => new()
    {
        TeamId = team,
        UserId = user,
        ChannelId = context.ChannelId,
        ThreadTs = context.ThreadTs,
        Ephemeral = context.Ephemeral,
        ReceivedAt = time.GetUtcNow(),
    };

    /// <summary>
    /// A click cannot be answered in its acknowledgement, so refused work is reported through the
    /// response_url, without holding up the acknowledgement.
    /// </summary>
    private void TellBusy(SlackReplyTarget target)
    {
        LogBusy(logger, target.ChannelId);
        if (target.ResponseUrl is not { } url)
        {
            return;
        }

        var culture = SupportedCultures.Resolve(locales.Cached(target.TeamId, target.UserId));
        var message = MessageRenderer.RenderOne(Reply.FromText(SlackTexts.Get(SlackTexts.Busy, culture)), culture);
        _ = Task.Run(async () =>
        {
            try
            {
                await responseUrls.PostAsync(url, new ResponseUrlMessage(message.Text, message.Blocks) { ResponseType = "ephemeral", ReplaceOriginal = false }, CancellationToken.None);
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TimeoutRejectedException)
            {
                LogBusyNotDelivered(logger, ex);
            }
        });
    }

    private IResult Refuse(string reason)
    {
        SlackRequestGate.LogRefused(logger, "/api/slack/interactions", StatusCodes.Status400BadRequest, reason);
        return Results.BadRequest();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work not taken on (work queue full or journal unavailable): an interaction in {ChannelId}")]
    private static partial void LogBusy(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user the bot is busy")]
    private static partial void LogBusyNotDelivered(ILogger logger, Exception exception);
}
