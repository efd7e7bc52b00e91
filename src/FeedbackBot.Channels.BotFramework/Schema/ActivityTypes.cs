namespace FeedbackBot.Channels.BotFramework.Schema;

/// <summary>The activity types FeedbackBot handles by name; others are accepted and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
}
