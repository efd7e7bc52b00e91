using System.Collections.Concurrent;

namespace FeedbackBot.Conversations.Tests.Support;

/// <summary>What the test dialogs' last steps "stored": the typed state they finished with.</summary>
internal sealed class CompletedDialogs
{
    private readonly ConcurrentQueue<object> completed = new();

    public void Add(object state) => completed.Enqueue(state);

    public IReadOnlyList<T> Of<T>() => [.. completed.OfType<T>()];
}
