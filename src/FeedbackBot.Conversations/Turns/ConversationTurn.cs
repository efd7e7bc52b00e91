using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Conversations.Turns;

/// <summary>
/// One input to the bot, in the shape every channel adapter produces: the Activity protocol and
/// Slack payloads both become this before any dialog sees them.
/// </summary>
public sealed record ConversationTurn
{
    public required TurnKind Kind { get; init; }

    public required ConversationKey Conversation { get; init; }

    /// <summary>The tenant (Teams tenant id, Slack team id) whose data this turn may touch.</summary>
    public required string Tenant { get; init; }

    public required ChatUser User { get; init; }

    /// <summary>BCP-47 locale the user writes in, when the channel says; replies follow it.</summary>
    public string? Locale { get; init; }

    /// <summary>The typed text, with the channel's mention of the bot already removed.</summary>
    public string? Text { get; init; }

    /// <summary>Values submitted from a card or button (input id or data key → value).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = EmptyValues;

    /// <summary>The id of the bot message whose card was clicked, so the card can be replaced.</summary>
    public string? SourceMessageId { get; init; }

    /// <summary>The people the message mentions, in order (never the bot itself).</summary>
    public IReadOnlyList<ChatUser> Mentions { get; init; } = [];

    /// <summary>True in group chats and channels, where several people talk to the bot.</summary>
    public bool IsGroup { get; init; }

    /// <summary>
    /// True when only this user sees the replies even in a group (a Slack slash command answers
    /// ephemerally), so a dialog may show private figures there.
    /// </summary>
    public bool RepliesArePrivate { get; init; }

    private static readonly IReadOnlyDictionary<string, string> EmptyValues = new Dictionary<string, string>();
}
