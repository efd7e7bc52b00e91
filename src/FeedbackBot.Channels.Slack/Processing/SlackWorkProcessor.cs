using System.Globalization;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Slack;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// Runs one acknowledged piece of work: claims an event (so a retry does nothing), finds the
/// user's language, and lets the engine answer through a Slack reply sink.
/// </summary>
internal sealed partial class SlackWorkProcessor(
    ConversationEngine engine,
    ISlackEventDedupe dedupe,
    SlackUserLocales locales,
    SlackReplySinkFactory sinks,
    ILogger<SlackWorkProcessor> logger)
{
    public async Task RunAsync(SlackWork work, CancellationToken ct)
    {
        switch (work)
        {
            case TurnWork turnWork:
                await RunTurnAsync(turnWork, ct);
                break;
            case NoticeWork notice:
                await SayAsync(notice.Target, culture => SlackTexts.Format(notice.TextKey, culture, [.. notice.Arguments]), ct);
                break;
            case TextWork said:
                await SayAsync(said.Target, said.Text, ct);
                break;
            case DeliverWork delivery:
                await DeliverAsync(delivery, ct);
                break;
        }
    }

    private async Task SayAsync(SlackReplyTarget target, Func<CultureInfo, string> text, CancellationToken ct)
    {
        var culture = SupportedCultures.Resolve(await locales.GetAsync(target.TeamId, target.UserId, ct));
        await sinks.Create(target, culture).SendAsync(Reply.FromText(text(culture)), ct);
    }

    private async Task RunTurnAsync(TurnWork work, CancellationToken ct)
    {
        if (work.Claim is { } claim && !await ClaimAsync(work, claim, ct))
        {
            return;
        }

        var locale = work.Turn.Locale ?? await locales.GetAsync(work.Target.TeamId, work.Target.UserId, ct);
        var sink = sinks.Create(work.Target, SupportedCultures.Resolve(locale));
        await engine.HandleAsync(work.Turn with { Locale = locale }, sink, ct);
    }

    /// <summary>
    /// Claims the event; false when it was claimed before (a retry) or when the claim could not be
    /// made. Without a claim the turn cannot be known to run once, so it does not run; Slack was
    /// already told the event arrived and will not send it again, so the user is told to send it
    /// again (their next message is a new event), never left without an answer.
    /// </summary>
    private async Task<bool> ClaimAsync(TurnWork work, SlackEventClaim claim, CancellationToken ct)
    {
        try
        {
            if (await dedupe.TryClaimAsync(claim.TeamId, claim.EventId, claim.EventTime, ct))
            {
                return true;
            }

            LogDuplicate(logger, claim.EventId);
            return false;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogClaimFailed(logger, ex, claim.EventId);
            await RunAsync(new NoticeWork(work.Target, SlackTexts.Busy, []), ct);
            return false;
        }
    }

    private async Task DeliverAsync(DeliverWork delivery, CancellationToken ct)
    {
        var replies = await delivery.Replies;
        var sink = sinks.Create(delivery.Target, SupportedCultures.Resolve(delivery.Locale));
        foreach (var (messageId, reply) in replies)
        {
            if (messageId is null)
            {
                await sink.SendAsync(reply, ct);
            }
            else
            {
                await sink.UpdateAsync(messageId, reply, ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack event {EventId} was already handled; this delivery is a retry and does nothing")]
    private static partial void LogDuplicate(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event {EventId} could not be claimed (the store failed); the user is asked to send it again")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string eventId);
}
