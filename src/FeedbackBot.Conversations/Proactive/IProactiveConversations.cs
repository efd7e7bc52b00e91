namespace FeedbackBot.Conversations.Proactive;

/// <summary>
/// How the bot opens a conversation of its own, on one channel, to run a whole turn in it (unlike
/// <see cref="IProactiveChannel"/>, which sends one message): a dialog begun this way keeps its
/// state, so the customer's typed answer to a feedback request continues it. Opens a user's direct
/// conversation (the request) or a known conversation (a MISS alert in the team's channel), with
/// what each channel remembers (conversation references, the Slack bot token, the Direct Line transcript).
/// </summary>
public interface IProactiveConversations
{
    /// <summary>The channel id this adapter serves: <c>msteams</c>, <c>slack</c>, <c>webchat</c>.</summary>
    string Channel { get; }

    /// <summary>A one-to-one conversation with the user, or <c>null</c> when the bot cannot reach them.</summary>
    Task<ProactiveConversation?> OpenDirectAsync(string tenant, string userId, CancellationToken ct);

    /// <summary>An existing conversation (a channel) by its id, or <c>null</c> when the bot cannot post there.</summary>
    Task<ProactiveConversation?> OpenConversationAsync(string tenant, string conversationId, CancellationToken ct);
}
