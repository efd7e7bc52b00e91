using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Channels.BotFramework.Proactive;

/// <summary>
/// Messages a Bot Framework user (Teams, web chat through Azure Bot Service, ...) without being
/// asked: the user's stored conversation reference names the service URL, the conversation and
/// the bot's account, and the Connector's "send to conversation" posts there (PROTOCOLS.md 3.4).
/// References are stored only from token-validated activities, so the service URL is trusted.
/// </summary>
internal sealed class BotFrameworkProactiveChannel(IConversationReferenceStore references, IConnectorClient connector) : IProactiveChannel
{
    /// <summary>Slack is the one channel the Bot Framework side does not serve.</summary>
    private const string SlackChannel = "slack";

    public bool Serves(string channel) => channel != SlackChannel;

    public async Task<bool> SendAsync(ProactiveMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reference = await references.FindAsync(message.Tenant, message.UserId, ct).ConfigureAwait(false);
        if (reference is null || !Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return false;
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Recipient = new ChannelAccount { Id = reference.UserId, Name = reference.UserName },
            Conversation = new ConversationAccount { Id = reference.ConversationId, TenantId = reference.Channel == "msteams" ? message.Tenant : null },
            Locale = reference.Locale ?? message.Culture.Name,
        };
        ReplyActivityRenderer.Render(message.Reply, activity, reference.Channel);
        await connector.SendToConversationAsync(serviceUrl, reference.ConversationId, activity, ct).ConfigureAwait(false);
        return true;
    }
}
