using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Core.Slack;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>
/// Takes work on before Slack hears "accepted": the work is written to the journal first (so it
/// outlives this instance), then queued for this instance's workers. Work that cannot be written
/// is refused, never acknowledged and lost. A modal submission's delivery is only queued (its turn
/// already ran inside the request; see docs/reliability.md).
/// </summary>
internal sealed partial class SlackWorkAcceptor(
    ISlackWorkJournal journal,
    SlackWorkQueue queue,
    SlackWorkInstance instance,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackWorkAcceptor> logger)
{
    public async Task<SlackAcceptance> AcceptAsync(SlackWork work, CancellationToken ct)
    {
        if (queue.IsFull)
        {
            return SlackAcceptance.Refused;
        }

        if (!JournaledWork.CanJournal(work))
        {
            return queue.TryEnqueue(work) ? SlackAcceptance.Accepted : SlackAcceptance.Refused;
        }

        var now = time.GetUtcNow();
        var entry = new SlackWorkEntry(JournaledWork.IdOf(work), JournaledWork.Serialize(work), instance.Id, now + options.Value.WorkLease, 0, now);
        SlackWorkEntry? stored;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.JournalWriteTimeout);
        try
        {
            stored = await journal.TryAddAsync(entry, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogNotJournaled(logger, ex, work.Target.ChannelId);
            ForgetIfWritten(entry, work);
            return SlackAcceptance.Refused;
        }

        if (stored is null)
        {
            return SlackAcceptance.AlreadyAccepted;
        }

        if (!queue.TryEnqueue(work with { Entry = stored }))
        {
            // The queue filled up since the check: the work is journaled, so it is still accepted;
            // the take-over job runs it once its lease runs out.
            LogLeftToTakeOver(logger, stored.WorkId);
        }

        return SlackAcceptance.Accepted;
    }

    /// <summary>
    /// A write that failed on our side may still have landed (a timeout after the service applied
    /// it). A refused command or click is repeated by its user as new work, so a landed copy must
    /// go, or the take-over would answer it a second time. An event keeps its copy: Slack retries
    /// with the same id, the retry meets the copy and is acknowledged, and the copy runs once.
    /// </summary>
    private void ForgetIfWritten(SlackWorkEntry entry, SlackWork work)
    {
        if (work is TurnWork { Claim: not null })
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(options.Value.JournalWriteTimeout * 2);
                    if (await journal.FindAsync(entry.WorkId, timeout.Token).ConfigureAwait(false) is { Attempts: 0 } landed && landed.Owner == instance.Id)
                    {
                        await journal.TryRemoveAsync(landed, timeout.Token).ConfigureAwait(false);
                    }

                    return;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), time, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work in {ChannelId} could not be journaled (the store failed); it is refused, not acknowledged")]
    private static partial void LogNotJournaled(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack work {WorkId} is journaled but the queue filled up; the take-over job runs it")]
    private static partial void LogLeftToTakeOver(ILogger logger, string workId);
}
