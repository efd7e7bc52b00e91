using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Actions;

/// <summary>What a card action sees: the click's turn, the language to answer in, the clock, and its replies.</summary>
public sealed class CardActionContext
{
    private readonly IReplySink replies;

    internal CardActionContext(ConversationTurn turn, CultureInfo culture, TimeProvider time, IReplySink replies)
    {
        Turn = turn;
        Culture = culture;
        Time = time;
        this.replies = replies;
    }

    public ConversationTurn Turn { get; }

    public CultureInfo Culture { get; }

    public TimeProvider Time { get; }

    /// <summary>A submitted value, or <c>null</c>.</summary>
    public string? Value(string key) => Turn.Values.TryGetValue(key, out var value) ? value : null;

    public Task SendAsync(Reply reply, CancellationToken ct) => replies.SendAsync(reply, ct);

    /// <summary>Replaces the card that was clicked (when the channel said which one it was).</summary>
    public Task UpdateClickedCardAsync(Reply reply, CancellationToken ct) =>
        Turn.SourceMessageId is { Length: > 0 } messageId ? replies.UpdateAsync(messageId, reply, ct) : replies.SendAsync(reply, ct);
}
