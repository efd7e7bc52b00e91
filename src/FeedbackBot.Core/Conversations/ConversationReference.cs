namespace FeedbackBot.Core.Conversations;

/// <summary>
/// What the bot needs to message a user later without being asked (a proactive message): where
/// the conversation lives and who is in it. Channel adapters capture it on every inbound turn;
/// only service URLs that arrived with a validated token are stored.
/// </summary>
public sealed record ConversationReference
{
    public required string Tenant { get; init; }
    public required string Channel { get; init; }
    public required string ConversationId { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    /// <summary>The user's directory object id where the channel has one (Teams: Entra object id).</summary>
    public string? UserAadObjectId { get; init; }
    public required string BotId { get; init; }
    public string? BotName { get; init; }
    public required string ServiceUrl { get; init; }
    /// <summary>Channel-specific kind of conversation (Teams: personal, groupChat, channel).</summary>
    public string? ConversationType { get; init; }
    public string? Locale { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
