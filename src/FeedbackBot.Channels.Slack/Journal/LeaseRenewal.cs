using FeedbackBot.Core.Slack;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>
/// Keeps a journal entry's lease alive while its work runs: every third of the lease it is pushed
/// on, so a turn that waits long on Slack or the store is not taken over while it still runs.
/// </summary>
internal sealed partial class LeaseRenewal : IDisposable
{
    private readonly ISlackWorkJournal journal;
    private readonly TimeSpan lease;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private SlackWorkEntry? current;

    public LeaseRenewal(ISlackWorkJournal journal, SlackWorkEntry held, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        this.journal = journal;
        this.lease = lease;
        this.time = time;
        this.logger = logger;
        current = held;
        loop = RenewAsync();
    }

    /// <summary>Stops renewing; the entry as last held, or null when another instance took it over.</summary>
    public async Task<SlackWorkEntry?> StopAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        return current;
    }

    public void Dispose() => stop.Dispose();

    private async Task RenewAsync()
    {
        while (current is { } held)
        {
            try
            {
                await Task.Delay(lease / 3, time, stop.Token).ConfigureAwait(false);
                // Not cancelled by the stop: a renewal that lands must be known, or the removal after
                // the run would hold a stale version and leave the entry behind.
                using var timeout = new CancellationTokenSource(lease / 3);
                current = await journal.TryReplaceAsync(held with { LeaseExpiresAt = time.GetUtcNow() + lease }, timeout.Token).ConfigureAwait(false);
                if (current is null)
                {
                    LogLost(logger, held.WorkId);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The store is away; the lease still holds for two more thirds. Try again next time.
                LogRenewFailed(logger, ex, held.WorkId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work {WorkId} lost its lease while running (another instance took it over)")]
    private static partial void LogLost(ILogger logger, string workId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work {WorkId}: the lease could not be renewed")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string workId);
}
