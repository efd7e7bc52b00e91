using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Turns;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FeedbackBot.Channels.BotFramework.Processing;

/// <summary>
/// Sends a turn's replies back through the Bot Connector: as replies to the inbound activity
/// (so Teams threads them), and card replacements as activity updates (PROTOCOLS.md 3.2, 4.4).
/// When the Connector refuses a reply or cannot be reached after its retries, the failure is
/// logged and the turn's remaining replies are not attempted: the conversation cannot hear us,
/// and the activity itself was processed, so the channel gets its 200 rather than a 500 that
/// might make it deliver the activity again.
/// </summary>
public sealed partial class ConnectorReplySink(IConnectorClient connector, Activity inbound, ILogger logger) : IReplySink
{
    private readonly Uri _serviceUrl = new(inbound.ServiceUrl!);
    private bool _unreachable;

    public async Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        var message = ActivityReplies.CreateReply(inbound);
        ReplyActivityRenderer.Render(reply, message, inbound.ChannelId);
        var conversationId = inbound.Conversation!.Id!;
        var response = await DeliverAsync(
            "send",
            () => string.IsNullOrEmpty(inbound.Id)
                ? connector.SendToConversationAsync(_serviceUrl, conversationId, message, ct)
                : connector.ReplyToActivityAsync(_serviceUrl, conversationId, inbound.Id, message, ct));
        return response?.Id;
    }

    public async Task UpdateAsync(string messageId, Reply reply, CancellationToken ct)
    {
        var message = ActivityReplies.CreateReply(inbound);
        message.Id = messageId;
        message.ReplyToId = null;
        ReplyActivityRenderer.Render(reply, message, inbound.ChannelId);
        await DeliverAsync("update", () => connector.UpdateActivityAsync(_serviceUrl, inbound.Conversation!.Id!, messageId, message, ct));
    }

    private async Task<ResourceResponse?> DeliverAsync(string operation, Func<Task<ResourceResponse>> call)
    {
        if (_unreachable)
        {
            return null;
        }

        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TimeoutRejectedException)
        {
            _unreachable = true;
            LogUndelivered(logger, operation, inbound.ChannelId, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Operation} a reply on channel {ChannelId}; the turn's other replies are dropped: {Reason}")]
    private static partial void LogUndelivered(ILogger logger, string operation, string? channelId, string reason);
}
