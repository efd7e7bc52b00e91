using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Channels.Slack.Turns;

/// <summary>
/// How Slack conversations are keyed: the channel (<c>C…</c>, <c>G…</c>, <c>D…</c>), plus the
/// thread's root <c>ts</c> when the exchange happens in a thread, so each thread keeps its own
/// dialog.
/// </summary>
internal static class SlackConversations
{
    public const string Channel = "slack";

    public static ConversationKey Key(string channelId, string? threadTs) =>
        new(Channel, string.IsNullOrEmpty(threadTs) ? channelId : $"{channelId}:{threadTs}");

    /// <summary>DM channel ids start with D; everything else has several members.</summary>
    public static bool IsGroup(string channelId) => !channelId.StartsWith('D');
}
