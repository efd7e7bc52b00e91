namespace FeedbackBot.Testing.Connector;

/// <summary>
/// A fake peer's switchable outage: while one is on, every request is answered with its status
/// (and <c>Retry-After</c>) instead of being handled, as a throttled or overloaded service does for
/// a while. Ending it is the test's call, so a test can end it after so many refused attempts
/// (no timing) or after so many seconds (a full-length fault run).
/// </summary>
internal sealed class PeerOutage
{
    private volatile Answer? _current;

    /// <summary>Starts an outage that lasts until the returned handle is disposed.</summary>
    public IDisposable Begin(int status, string? retryAfter)
    {
        var answer = new Answer(status, retryAfter);
        _current = answer;
        return new End(() => Interlocked.CompareExchange(ref _current, null, answer));
    }

    /// <summary>The answer to give instead of handling the request, or null while the peer is healthy.</summary>
    public Answer? Current => _current;

    internal sealed record Answer(int Status, string? RetryAfter);

    private sealed class End(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
