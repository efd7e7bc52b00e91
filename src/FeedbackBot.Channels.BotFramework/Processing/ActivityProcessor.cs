using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Channels.BotFramework.Teams;
using FeedbackBot.Channels.BotFramework.Turns;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.BotFramework.Processing;

/// <summary>
/// Runs one authenticated activity: remembers the conversation for proactive messages, turns the
/// activity into a neutral turn, and lets the engine answer through the given sink. Shared by
/// <c>/api/messages</c> (replies through the Connector) and the embedded Direct Line.
/// </summary>
public sealed partial class ActivityProcessor(
    ConversationEngine engine,
    IConversationReferenceStore references,
    TimeProvider time,
    ILogger<ActivityProcessor> logger)
{
    /// <summary>
    /// Processes <paramref name="activity"/>. Returns the invoke response for an <c>invoke</c>
    /// (501 for names the bot does not handle, as the SDK does), otherwise <c>null</c>.
    /// </summary>
    /// <param name="serviceUrlTrusted">True only when the service URL came with a validated token
    /// (or from our own embedded channel): only then is it stored for later proactive sends.</param>
    public async Task<InvokeResponse?> ProcessAsync(Activity activity, IReplySink replies, bool serviceUrlTrusted, CancellationToken ct)
    {
        var tenant = TeamsChannelData.TenantId(activity) ?? Tenants.Default;
        if (serviceUrlTrusted && ConversationReferenceFactory.FromActivity(activity, tenant, time.GetUtcNow()) is { } reference)
        {
            await RememberAsync(reference, ct);
        }

        var isInvoke = activity.Type == ActivityTypes.Invoke;
        if (isInvoke && !ActivityTurnMapper.IsAdaptiveCardAction(activity))
        {
            LogUnhandledInvoke(logger, activity.Name, activity.ChannelId);
            return new InvokeResponse(StatusCodes501, null);
        }

        var turn = ActivityTurnMapper.ToTurn(activity);
        if (turn is null)
        {
            return null;
        }

        if (!isInvoke)
        {
            await engine.HandleAsync(turn, replies, ct);
            return null;
        }

        var invokeReplies = new AdaptiveCardInvokeReplySink(replies);
        await engine.HandleAsync(turn, invokeReplies, ct);
        return new InvokeResponse(200, invokeReplies.ResponseBody());
    }

    private const int StatusCodes501 = 501;

    /// <summary>How stale a stored reference's <see cref="ConversationReference.UpdatedAt"/> may get before an unchanged reference is written again.</summary>
    private static readonly TimeSpan ReferenceRefreshInterval = TimeSpan.FromHours(1);

    /// <summary>
    /// Every turn carries the reference, yet it rarely changes, and a read costs every store less
    /// than a write (no write lock, no log growth). So it is written only when a field changed or
    /// the stored one is older than <see cref="ReferenceRefreshInterval"/>: <c>UpdatedAt</c> stays
    /// "last seen" to within that interval. Read from the store, never cached, so another
    /// instance's newer reference is always seen.
    /// </summary>
    /// <remarks>
    /// A reference that cannot be saved only costs a later proactive message; it must not cost the
    /// user their answer. The turn still runs, and if the store is down the engine says so.
    /// </remarks>
    private async Task RememberAsync(ConversationReference reference, CancellationToken ct)
    {
        try
        {
            var stored = await references.FindAsync(reference.Tenant, reference.UserId, ct);
            var unchanged = stored is not null
                && stored with { UpdatedAt = reference.UpdatedAt } == reference
                && reference.UpdatedAt - stored.UpdatedAt < ReferenceRefreshInterval;
            if (!unchanged)
            {
                await references.UpsertAsync(reference, ct);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogReferenceNotSaved(logger, ex, reference.Channel);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conversation reference on {ChannelId} could not be saved; the turn runs without it")]
    private static partial void LogReferenceNotSaved(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoke {InvokeName} on {ChannelId} has no handler; answered 501")]
    private static partial void LogUnhandledInvoke(ILogger logger, string? invokeName, string? channelId);
}
