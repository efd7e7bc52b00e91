using FeedbackBot.Conversations.Cards;

namespace FeedbackBot.Conversations.Turns;

/// <summary>
/// One bot message in channel-neutral form: text, optional quick-reply choices, optional card.
/// Channels that cannot show buttons fall back in their renderer, never in a dialog.
/// </summary>
public sealed record Reply
{
    public string? Text { get; init; }

    /// <summary>Quick replies shown under the message; each sends its <see cref="ReplyChoice.Value"/>.</summary>
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    public Card? Card { get; init; }

    /// <summary>
    /// Meant for everyone in the conversation, even where the channel answers privately by default
    /// (Slack slash commands): a result card teammates act on. No effect in a 1:1 chat.
    /// </summary>
    public bool Shared { get; init; }

    public static Reply FromText(string text) => new() { Text = text };
}

/// <summary>A quick-reply button: the title shown, the value sent back as the user's text.</summary>
public sealed record ReplyChoice(string Title, string Value);
