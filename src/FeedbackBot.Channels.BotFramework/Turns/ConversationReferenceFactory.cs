using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Channels.BotFramework.Turns;

/// <summary>
/// Captures what a later proactive message needs from an inbound activity (PROTOCOLS.md 1.4, 3.4):
/// service URL, conversation, the bot's and the user's accounts, tenant and locale.
/// </summary>
public static class ConversationReferenceFactory
{
    /// <summary>The reference, or <c>null</c> when the activity lacks the ids one needs.</summary>
    public static ConversationReference? FromActivity(Activity activity, string tenant, DateTimeOffset now)
    {
        if (activity.From?.Id is not { Length: > 0 } userId
            || activity.Recipient?.Id is not { Length: > 0 } botId
            || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || activity.ChannelId is not { Length: > 0 } channel)
        {
            return null;
        }

        return new ConversationReference
        {
            Tenant = tenant,
            Channel = channel,
            ConversationId = conversationId,
            UserId = userId,
            UserName = activity.From.Name,
            UserAadObjectId = activity.From.AadObjectId,
            BotId = botId,
            BotName = activity.Recipient.Name,
            ServiceUrl = serviceUrl,
            ConversationType = activity.Conversation.ConversationType,
            Locale = activity.Locale,
            UpdatedAt = now,
        };
    }
}
