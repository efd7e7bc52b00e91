using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Tests.Support;

/// <summary>Records what a turn sent and replaced, in order, as a channel would have shown it.</summary>
internal sealed class RecordingReplySink : IReplySink
{
    private int nextId;

    public List<Reply> Sent { get; } = [];

    public List<(string MessageId, Reply Reply)> Updated { get; } = [];

    /// <summary>Each sent reply as text: the message text, else the card's text.</summary>
    public IReadOnlyList<string?> Texts => [.. Sent.Select(r => r.Text ?? r.Card?.Text)];

    public Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        Sent.Add(reply);
        return Task.FromResult<string?>($"msg-{(++nextId).ToString(CultureInfo.InvariantCulture)}");
    }

    public Task UpdateAsync(string messageId, Reply reply, CancellationToken ct)
    {
        Updated.Add((messageId, reply));
        return Task.CompletedTask;
    }
}
