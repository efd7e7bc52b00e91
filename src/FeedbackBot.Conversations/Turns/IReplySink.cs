namespace FeedbackBot.Conversations.Turns;

/// <summary>
/// Where a turn's replies go. Each channel implements it by rendering the neutral reply into its
/// own wire format (Adaptive Cards, Block Kit) and sending it.
/// </summary>
public interface IReplySink
{
    /// <summary>Sends a new message; returns the channel's id for it when the channel gives one.</summary>
    Task<string?> SendAsync(Reply reply, CancellationToken ct);

    /// <summary>Replaces an earlier bot message (a card after it was answered).</summary>
    Task UpdateAsync(string messageId, Reply reply, CancellationToken ct);
}
