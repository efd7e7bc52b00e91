using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Processing;

/// <summary>
/// The fields without which an activity cannot be answered: its type, the conversation to answer
/// in, and the service URL to answer through (channels must send it on every activity, PROTOCOLS.md 1.2).
/// </summary>
public static class InboundActivityValidator
{
    /// <summary>A short, safe description of what is missing, or <c>null</c> when the activity is usable.</summary>
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

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "The activity has no valid 'serviceUrl'.";
        }

        return null;
    }
}
