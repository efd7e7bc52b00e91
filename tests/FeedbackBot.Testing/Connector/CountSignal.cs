namespace FeedbackBot.Testing.Connector;

/// <summary>
/// A counter that tests can await ("until 5 have arrived") without polling: each waiter holds a
/// TaskCompletionSource that the increment reaching its target completes.
/// </summary>
internal sealed class CountSignal
{
    private readonly Lock _gate = new();
    private readonly List<(int Target, TaskCompletionSource Reached)> _waiters = [];
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public void Increment()
    {
        List<TaskCompletionSource>? reached = null;
        lock (_gate)
        {
            _count++;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Target <= _count)
                {
                    (reached ??= []).Add(_waiters[i].Reached);
                    _waiters.RemoveAt(i);
                }
            }
        }

        reached?.ForEach(waiter => waiter.TrySetResult());
    }

    /// <exception cref="TimeoutException">Fewer than <paramref name="target"/> arrived in time.</exception>
    public async Task WaitAsync(int target, TimeSpan timeout, string what, CancellationToken ct)
    {
        var waiter = (Target: target, Reached: new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            if (_count >= target)
            {
                return;
            }

            _waiters.Add(waiter);
        }

        try
        {
            await waiter.Reached.Task.WaitAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }

            throw new TimeoutException($"Expected {target} {what} within {timeout}, got {Count}.");
        }
    }
}
