using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Builds the reply to an inbound activity as the SDK and the REST docs do (PROTOCOLS.md 3.2):
/// <c>from</c> and <c>recipient</c> swapped, same conversation, <c>replyToId</c> = the inbound id,
/// same locale. <c>id</c>, <c>timestamp</c> and <c>serviceUrl</c> are left for the channel to set,
/// and <c>conversation.isGroup</c>/<c>conversationType</c> are not echoed (PROTOCOLS.md 1.1).
/// </summary>
public static class ActivityReplies
{
    public static Activity CreateReply(Activity inbound, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = Account(inbound.Recipient),
            Recipient = Account(inbound.From),
            Conversation = inbound.Conversation is { } conversation
                ? new ConversationAccount { Id = conversation.Id, Name = conversation.Name, TenantId = conversation.TenantId }
                : null,
            ReplyToId = inbound.Id,
            Locale = inbound.Locale,
            Text = text,
        };
    }

    private static ChannelAccount? Account(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount { Id = account.Id, Name = account.Name };
}
