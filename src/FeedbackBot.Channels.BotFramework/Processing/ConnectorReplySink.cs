using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.BotFramework.Processing;

/// <summary>
/// Sends a turn's replies back through the Bot Connector: as replies to the inbound activity
/// (so Teams threads them), and card replacements as activity updates (PROTOCOLS.md 3.2, 4.4).
/// </summary>
public sealed class ConnectorReplySink(IConnectorClient connector, Activity inbound) : IReplySink
{
    private readonly Uri _serviceUrl = new(inbound.ServiceUrl!);

    public async Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        var message = ActivityReplies.CreateReply(inbound);
        ReplyActivityRenderer.Render(reply, message, inbound.ChannelId);
        var conversationId = inbound.Conversation!.Id!;
        var response = string.IsNullOrEmpty(inbound.Id)
            ? await connector.SendToConversationAsync(_serviceUrl, conversationId, message, ct)
            : await connector.ReplyToActivityAsync(_serviceUrl, conversationId, inbound.Id, message, ct);
        return response.Id;
    }

    public async Task UpdateAsync(string messageId, Reply reply, CancellationToken ct)
    {
        var message = ActivityReplies.CreateReply(inbound);
        message.Id = messageId;
        message.ReplyToId = null;
        ReplyActivityRenderer.Render(reply, message, inbound.ChannelId);
        await connector.UpdateActivityAsync(_serviceUrl, inbound.Conversation!.Id!, messageId, message, ct);
    }
}
