using System.Text.Json;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// What a client may post to a conversation, and how the channel stamps it before the bot and the
/// transcript see it (PROTOCOLS.md 5.3 step 2): the server decides the conversation, the sender,
/// the recipient, the channel and the service URL; the client's <c>channelData</c>, <c>value</c>,
/// text, locale and attachments are kept as sent, so Web Chat finds its <c>clientActivityID</c>.
/// </summary>
internal static class UserActivities
{
    /// <summary>
    /// The types a user's client sends. Others (conversationUpdate, invoke, …) are the channel's to
    /// send, and accepting them would let a client fake "the bot was added" or an invoke.
    /// </summary>
    private static readonly string[] AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    /// <summary>A short, safe description of what is wrong with a posted activity, or <c>null</c>.</summary>
    public static string? Problem(Activity? activity)
    {
        if (activity is null)
        {
            return "The body must be an activity object.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (!AcceptedTypes.Contains(activity.Type, StringComparer.Ordinal))
        {
            return "Only message, event and typing activities can be posted.";
        }

        if (activity.Type == ActivityTypes.Message
            && string.IsNullOrEmpty(activity.Text)
            && activity.Value is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }
            && activity.Attachments is null or { Count: 0 })
        {
            return "A message needs 'text', 'value' or 'attachments'.";
        }

        if (activity.Type == ActivityTypes.Event && string.IsNullOrWhiteSpace(activity.Name))
        {
            return "An event needs a 'name'.";
        }

        return null;
    }

    /// <summary>Stamps a posted activity as coming from <paramref name="userId"/> in this conversation.</summary>
    public static void Stamp(Activity activity, string conversationId, string userId, string serviceUrl)
    {
        // A new account, not the client's: a browser must not claim a directory identity
        // (aadObjectId) or the bot's role.
        activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name, Role = "user" };
        activity.Recipient = DirectLineBot.Account();
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId = DirectLineBot.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Id = null;
        activity.MembersAdded = null;
        activity.MembersRemoved = null;
        activity.SuggestedActions = null;

        // callerId is set by a receiver after authentication, never taken from the wire (PROTOCOLS.md 1.1).
        activity.ExtensionData?.Remove("callerId");
    }
}
