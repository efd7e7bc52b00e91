using System.Globalization;
using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Forms;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Channels.Slack.WebApi;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// Delivers one turn's replies to Slack. A form (a card with inputs) opens as a modal while the
/// request's <c>trigger_id</c> is fresh. Private replies go to the <c>response_url</c> while it
/// has uses left (PROTOCOLS.md 6.3), then through <c>chat.postEphemeral</c>; public ones through
/// <c>chat.postMessage</c>. A replaced card uses <c>chat.update</c> (or <c>replace_original</c>
/// for a private message, which <c>chat.update</c> cannot touch). When Slack refuses a reply the
/// user is told once, in their language, with Slack's reason; nothing is thrown into the engine.
/// </summary>
internal sealed partial class SlackReplySink : IReplySink
{
    private readonly SlackReplyTarget target;
    private readonly CultureInfo culture;
    private readonly ISlackWebApi api;
    private readonly IResponseUrlClient responseUrls;
    private readonly TimeProvider time;
    private readonly TimeSpan triggerBudget;
    private readonly ILogger logger;
    private readonly ResponseUrlBudget budget;
    private int triggerUsed;
    private int failureReported;

    public SlackReplySink(SlackReplyTarget target, CultureInfo culture, ISlackWebApi api, IResponseUrlClient responseUrls, TimeProvider time, TimeSpan triggerBudget, ILogger logger)
    {
        this.target = target;
        this.culture = culture;
        this.api = api;
        this.responseUrls = responseUrls;
        this.time = time;
        this.triggerBudget = triggerBudget;
        this.logger = logger;
        budget = new ResponseUrlBudget(target.ReceivedAt, time);
    }

    public async Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Card is { Inputs.Count: > 0 } form && await TryOpenModalAsync(reply, form, ct) is { } viewId)
        {
            return viewId;
        }

        string? lastId = null;
        foreach (var message in MessageRenderer.Render(reply, culture))
        {
            lastId = await DeliverAsync(() => PostAsync(message, reply.Shared, ct), ct) ?? lastId;
        }

        return lastId;
    }

    public async Task UpdateAsync(string messageId, Reply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var message = MessageRenderer.RenderOne(reply, culture);
        await DeliverAsync(async () =>
        {
            if (target.Ephemeral)
            {
                if (target.ResponseUrl is { } url && budget.TryUse())
                {
                    await responseUrls.PostAsync(url, new ResponseUrlMessage(message.Text, message.Blocks) { ReplaceOriginal = true }, ct);
                }

                return messageId;
            }

            await api.UpdateMessageAsync(target.ChannelId, messageId, message, ct);
            return messageId;
        }, ct);
    }

    private async Task<string?> PostAsync(SlackMessage message, bool shared, CancellationToken ct)
    {
        if (!target.Ephemeral)
        {
            var posted = await api.PostMessageAsync(target.ChannelId, message, target.ThreadTs, ct);
            return posted.Ts;
        }

        if (shared)
        {
            // A reply meant for the whole channel (a result card teammates act on) goes public,
            // which chat.update can later change in place; where the bot may not post (not a
            // member), the user still gets it privately.
            try
            {
                var posted = await api.PostMessageAsync(target.ChannelId, message, target.ThreadTs, ct);
                return posted.Ts;
            }
            catch (SlackApiException ex) when (ex.Error is "not_in_channel" or "channel_not_found" or "is_archived")
            {
                LogSharedPostRefused(logger, ex.Error);
            }
        }

        if (target.ResponseUrl is { } url && budget.TryUse())
        {
            var ephemeral = new ResponseUrlMessage(message.Text, message.Blocks) { ResponseType = "ephemeral", ReplaceOriginal = false, ThreadTs = target.ThreadTs };
            await responseUrls.PostAsync(url, ephemeral, ct);
            return null;
        }

        await api.PostEphemeralAsync(target.ChannelId, target.UserId, message, target.ThreadTs, ct);
        return null;
    }

    private async Task<string?> TryOpenModalAsync(Reply reply, Card form, CancellationToken ct)
    {
        if (target.TriggerId is not { Length: > 0 } trigger
            || time.GetUtcNow() - target.ReceivedAt > triggerBudget
            || Interlocked.Exchange(ref triggerUsed, 1) == 1)
        {
            return null;
        }

        var context = new ModalContext(target.ChannelId, target.ThreadTs, target.Ephemeral, FormFingerprint.Of(form));
        try
        {
            return await api.OpenViewAsync(trigger, ModalRenderer.Render(reply, context, culture), ct);
        }
        catch (SlackApiException ex)
        {
            // trigger_expired / trigger_exchanged: the form is still asked, as a message.
            LogModalFailed(logger, ex.Error);
            return null;
        }
    }

    private async Task<string?> DeliverAsync(Func<Task<string?>> send, CancellationToken ct)
    {
        try
        {
            return await send();
        }
        catch (SlackApiException ex)
        {
            await ReportFailureAsync(ex.Error ?? "unknown_error", ct);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            // Slack could not be reached even after retries; telling the user would fail the same way.
            LogUnreachable(logger, ex, target.ChannelId);
            return null;
        }
    }

    /// <summary>Tells the user once per turn that a reply did not arrive, privately, by another route than the one that failed.</summary>
    private async Task ReportFailureAsync(string error, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref failureReported, 1) == 1)
        {
            return;
        }

        var text = SlackTexts.Format(SlackTexts.DeliveryFailed, culture, error);
        var message = MessageRenderer.RenderOne(Reply.FromText(text), culture);
        try
        {
            if (target.ResponseUrl is { } url && budget.TryUse())
            {
                await responseUrls.PostAsync(url, new ResponseUrlMessage(message.Text, message.Blocks) { ResponseType = "ephemeral", ReplaceOriginal = false }, ct);
            }
            else
            {
                await api.PostEphemeralAsync(target.ChannelId, target.UserId, message, target.ThreadTs, ct);
            }
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TimeoutRejectedException)
        {
            LogReportFailed(logger, ex, target.ChannelId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack refused a shared reply ({Error}); it is sent privately")]
    private static partial void LogSharedPostRefused(ILogger logger, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack modal could not open ({Error}); the form is sent as a message")]
    private static partial void LogModalFailed(ILogger logger, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack unreachable while replying in {ChannelId}")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user in {ChannelId} that a reply failed")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string channelId);
}
