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
    /// <summary>Runs <paramref name="work"/>; <see cref="SlackWorkOutcome.NotRun"/> when an event could not be claimed and nothing happened.</summary>
    public async Task<SlackWorkOutcome> RunAsync(SlackWork work, CancellationToken ct)
    {
        switch (work)
        {
            case TurnWork turnWork:
                return await RunTurnAsync(turnWork, ct);
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

        return SlackWorkOutcome.Done;
    }

    private async Task SayAsync(SlackReplyTarget target, Func<CultureInfo, string> text, CancellationToken ct)
    {
        var culture = SupportedCultures.Resolve(await locales.GetAsync(target.TeamId, target.UserId, ct));
        await sinks.Create(target, culture).SendAsync(Reply.FromText(text(culture)), ct);
    }

    private async Task<SlackWorkOutcome> RunTurnAsync(TurnWork work, CancellationToken ct)
    {
        if (work.Claim is { } claim)
        {
            switch (await ClaimAsync(claim, ct))
            {
                case ClaimResult.Duplicate:
                    return SlackWorkOutcome.Done;
                case ClaimResult.Unavailable:
                    return SlackWorkOutcome.NotRun;
            }
        }

        var locale = work.Turn.Locale ?? await locales.GetAsync(work.Target.TeamId, work.Target.UserId, ct);
        var sink = sinks.Create(work.Target, SupportedCultures.Resolve(locale));
        await engine.HandleAsync(work.Turn with { Locale = locale }, sink, ct);
        return SlackWorkOutcome.Done;
    }

    /// <summary>
    /// Claims the event. Without a claim the turn cannot be known to run once, so when the store
    /// fails the turn does not run and nothing is said here: the caller decides, since only it knows
    /// whether the work is journaled and will run again. Saying "busy" for journaled work would
    /// invite the user to repeat a message the journal still answers: they would be answered twice.
    /// </summary>
    private async Task<ClaimResult> ClaimAsync(SlackEventClaim claim, CancellationToken ct)
    {
        try
        {
            if (await dedupe.TryClaimAsync(claim.TeamId, claim.EventId, claim.EventTime, ct))
            {
                return ClaimResult.Claimed;
            }

            LogDuplicate(logger, claim.EventId);
            return ClaimResult.Duplicate;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogClaimFailed(logger, ex, claim.EventId);
            return ClaimResult.Unavailable;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event {EventId} could not be claimed (the store failed); it is not run now")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string eventId);

    private enum ClaimResult
    {
        Claimed,
        Duplicate,
        Unavailable,
    }
}
