namespace FeedbackBot.Bench;

/// <summary>
/// Starts the measured phase once every worker has finished its warm-up sweep, so warm-up turns
/// still in flight never count, and takes the process counters at that moment.
/// </summary>
internal sealed class MeasurementGate(int workers)
{
    private readonly TaskCompletionSource<ProcessSnapshot> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting = workers;

    public ProcessSnapshot Opened => _opened.Task.Result;

    public Task<ProcessSnapshot> ArriveAsync()
    {
        if (Interlocked.Decrement(ref _waiting) == 0)
        {
            _opened.TrySetResult(ProcessSnapshot.Take());
        }

        return _opened.Task;
    }
}
