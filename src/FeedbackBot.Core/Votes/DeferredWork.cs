namespace FeedbackBot.Core.Votes;

/// <summary>
/// Work after a change is durable (counting it, marking the request answered) whose failure must
/// not undo the answer the customer gets: the failure is handed back for the caller to log, and
/// the repair job finishes the work.
/// </summary>
internal static class DeferredWork
{
    public static async Task<Exception?> TryAsync(Func<Task> work, CancellationToken ct)
    {
        try
        {
            await work().ConfigureAwait(false);
            return null;
        }
#pragma warning disable CA1031 // Whatever failed (store down, timeout, conflicts), the stored change stands; the intent stays for the repair job.
        catch (Exception ex) when (!ct.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return ex;
        }
    }
}
