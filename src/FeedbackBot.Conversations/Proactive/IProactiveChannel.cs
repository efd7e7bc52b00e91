namespace FeedbackBot.Conversations.Proactive;

/// <summary>
/// How the bot starts talking without being asked, on one channel: to a user directly (a feedback
/// request to a customer) or into a known conversation (a MISS alert in the team's channel). Each
/// channel adapter implements it with what it remembers (conversation references, the Slack bot
/// token, the Direct Line transcript).
/// </summary>
public interface IProactiveChannel
{
    /// <summary>The channel id this adapter serves: <c>msteams</c>, <c>slack</c>, <c>webchat</c>.</summary>
    string Channel { get; }

    /// <summary>A one-to-one conversation with the user, or <c>null</c> when the bot cannot reach them.</summary>
    Task<ProactiveConversation?> OpenDirectAsync(string tenant, string userId, CancellationToken ct);

    /// <summary>An existing conversation (a channel) by its id, or <c>null</c> when the bot cannot post there.</summary>
    Task<ProactiveConversation?> OpenConversationAsync(string tenant, string conversationId, CancellationToken ct);
}
