using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Processing;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.BotFramework.Proactive;

/// <summary>
/// Proactive messages in Teams through the Bot Connector: to a user in the conversation stored
/// from their last message to the bot, or into a channel conversation at the service URL of the
/// tenant's stored references (a tenant's Teams conversations share one regional service URL).
/// </summary>
public sealed class TeamsProactiveConversations(IConversationReferenceStore references, IConnectorClient connector, ILogger<ConnectorReplySink> logger) : IProactiveConversations
{
    public const string ChannelId = "msteams";

    public string Channel => ChannelId;

    public async Task<ProactiveConversation?> OpenDirectAsync(string tenant, string userId, CancellationToken ct)
    {
        var reference = await references.FindAsync(tenant, userId, ct).ConfigureAwait(false);
        return reference is null || reference.Channel != ChannelId ? null : Open(reference, reference.ConversationId, isGroup: false);
    }

    public async Task<ProactiveConversation?> OpenConversationAsync(string tenant, string conversationId, CancellationToken ct)
    {
        var any = (await references.ListAsync(tenant, ct).ConfigureAwait(false)).FirstOrDefault(r => r.Channel == ChannelId);
        return any is null ? null : Open(any with { Locale = null }, conversationId, isGroup: true);
    }

    private ProactiveConversation Open(ConversationReference reference, string conversationId, bool isGroup)
    {
        var inbound = ReferenceActivity.From(reference, conversationId);
        return new ProactiveConversation(
            new ConversationKey(ChannelId, conversationId),
            new ConnectorReplySink(connector, inbound, logger),
            new ChatUser(reference.UserId, reference.UserName),
            reference.Locale,
            isGroup);
    }
}
