using System.Collections.Concurrent;
using FeedbackBot.Conversations.Proactive;

namespace FeedbackBot.Tests.Summaries;

/// <summary>Stands in for every channel's proactive send; shared by the hosts of one test.</summary>
internal sealed class RecordingProactiveChannel : IProactiveChannel
{
    public ConcurrentQueue<ProactiveMessage> Sent { get; } = new();

    public bool Serves(string channel) => true;

    public Task<bool> SendAsync(ProactiveMessage message, CancellationToken ct)
    {
        Sent.Enqueue(message);
        return Task.FromResult(true);
    }

    /// <summary>Waits (polling, with a generous deadline) until at least <paramref name="count"/> messages went out.</summary>
    public async Task WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Sent.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
