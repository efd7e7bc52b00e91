using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Core.Slack;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>
/// Runs journaled work while holding its entry: records the start (so a take-over knows the turn
/// may have had effects), keeps the lease alive while it runs, and removes the entry when done.
/// Work stopped by shutdown, or an event that could not be claimed, gives its lease up, so another
/// instance (or this one) takes it again once the store answers.
/// </summary>
internal sealed partial class SlackWorkRunner(
    ISlackWorkJournal journal,
    SlackWorkProcessor processor,
    SlackWorkInstance instance,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackWorkRunner> logger)
{
    /// <summary>Work from this instance's queue: started here unless another instance took it over meanwhile.</summary>
    public async Task RunAsync(SlackWork work, CancellationToken ct)
    {
        if (work.Entry is not { } entry)
        {
            if (await processor.RunAsync(work, ct).ConfigureAwait(false) == SlackWorkOutcome.NotRun)
            {
                // Nothing keeps this work to run later, so its user is told to send it again.
                await processor.RunAsync(new NoticeWork(work.Target, SlackTexts.Busy, []), ct).ConfigureAwait(false);
            }

            return;
        }

        // The start is recorded before anything runs: from here on a take-over must not run it blind.
        var started = await journal.TryReplaceAsync(entry with { Owner = instance.Id, Attempts = entry.Attempts + 1, LeaseExpiresAt = LeaseEnd() }, ct).ConfigureAwait(false);
        if (started is null)
        {
            LogTakenOver(logger, entry.WorkId);
            return;
        }

        await RunHeldAsync(work, started, ct).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> whose entry this instance holds as <paramref name="held"/> (start already recorded).</summary>
    public async Task RunHeldAsync(SlackWork work, SlackWorkEntry held, CancellationToken ct)
    {
        using var lease = new LeaseRenewal(journal, held, options.Value.WorkLease, time, logger);
        var finished = false;
        var outcome = SlackWorkOutcome.NotRun;
        try
        {
            outcome = await processor.RunAsync(work, ct).ConfigureAwait(false);
            finished = true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The turn failed after it started: running it again could double what it did.
            finished = true;
            throw;
        }
        finally
        {
            // Null when another instance took the entry over meanwhile: it is theirs now.
            if (await lease.StopAsync().ConfigureAwait(false) is { } current)
            {
                await SettleAsync(current, finished, outcome).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Gives up the lease of work this instance will not run (shutdown), so another takes it now.</summary>
    public async Task ReleaseAsync(SlackWork work)
    {
        if (work.Entry is { } entry)
        {
            await ReleaseAsync(entry).ConfigureAwait(false);
        }
    }

    private Task SettleAsync(SlackWorkEntry current, bool finished, SlackWorkOutcome outcome)
    {
        if (!finished)
        {
            return ReleaseAsync(current);
        }

        // Nothing happened, so the start is taken back too: a take-over runs it as never started.
        return outcome == SlackWorkOutcome.NotRun ? ReleaseAsync(current with { Attempts = current.Attempts - 1 }) : RemoveAsync(current);
    }

    /// <summary>Gives up the lease of <paramref name="entry"/> (as it should be stored), so a take-over runs it at its next pass.</summary>
    public async Task ReleaseAsync(SlackWorkEntry entry)
    {
        try
        {
            using var timeout = new CancellationTokenSource(options.Value.JournalWriteTimeout);
            await journal.TryReplaceAsync(entry with { LeaseExpiresAt = time.GetUtcNow() }, timeout.Token).ConfigureAwait(false);
            LogReleased(logger, entry.WorkId);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The lease runs out by itself; the take-over is only later (and, if the start could not be
            // taken back, it claims the event before it runs the turn).
            LogNotReleased(logger, ex, entry.WorkId);
        }
    }

    /// <summary>Removes done work. Tried a few times: a leftover would make a take-over say "interrupted" for an answered turn.</summary>
    private async Task RemoveAsync(SlackWorkEntry entry)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var timeout = new CancellationTokenSource(options.Value.JournalWriteTimeout * 2);
                await journal.TryRemoveAsync(entry, timeout.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException && attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogNotRemoved(logger, ex, entry.WorkId);
                return;
            }
        }
    }

    private DateTimeOffset LeaseEnd() => time.GetUtcNow() + options.Value.WorkLease;

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack work {WorkId} was taken over by another instance before it started here; it is not run here")]
    private static partial void LogTakenOver(ILogger logger, string workId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack work {WorkId} not run here (shutdown, or its event could not be claimed): its lease is given up for another instance")]
    private static partial void LogReleased(ILogger logger, string workId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work {WorkId}: the lease could not be given up; another instance takes it once it runs out")]
    private static partial void LogNotReleased(ILogger logger, Exception exception, string workId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work {WorkId} ran but could not be removed from the journal; a take-over will tell the user it may have been interrupted")]
    private static partial void LogNotRemoved(ILogger logger, Exception exception, string workId);
}
