using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Channels.BotFramework.Proactive;

/// <summary>
/// The inbound activity a stored conversation reference stands for, as the SDK's
/// <c>ConversationReference.GetContinuationActivity</c> builds it: the reply sinks answer it with
/// new messages (no id, so no threading onto anything).
/// </summary>
internal static class ReferenceActivity
{
    public static Activity From(ConversationReference reference, string? conversationId = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = reference.Channel,
        ServiceUrl = reference.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId ?? reference.ConversationId, TenantId = reference.Tenant },
        From = new ChannelAccount { Id = reference.UserId, Name = reference.UserName },
        Recipient = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
        Locale = reference.Locale,
    };
}
