using System.Diagnostics.Metrics;
using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Core.Slack;
using FeedbackBot.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>
/// Runs acknowledged Slack work whose instance died (or stopped) before finishing it: every
/// instance calls <see cref="RunOnceAsync"/> periodically; an entry whose lease ran out is taken
/// with a compare-and-swap, so of all instances exactly one gets it. Work that never started runs
/// normally. Work that started may already have changed a dialog or replied, so it is not run
/// blind again: the user is told their last message may not have been answered and to send it
/// again if no answer came. One case is proven safe to run: an event whose claim
/// (<see cref="ISlackEventDedupe"/>) the dead instance never made had no effect yet.
/// </summary>
public sealed partial class SlackWorkTakeover
{
    /// <summary>Takes after which the work is given up (each take that died again counts one).</summary>
    public const int MaxAttempts = 3;

    private const int BatchSize = 20;

    private readonly ISlackWorkJournal journal;
    private readonly ISlackEventDedupe dedupe;
    private readonly SlackWorkRunner runner;
    private readonly SlackWorkInstance instance;
    private readonly TimeProvider time;
    private readonly IOptions<SlackOptions> options;
    private readonly ILogger<SlackWorkTakeover> logger;
    private readonly Counter<long> takeovers;

    internal SlackWorkTakeover(
        ISlackWorkJournal journal,
        ISlackEventDedupe dedupe,
        SlackWorkRunner runner,
        SlackWorkInstance instance,
        TimeProvider time,
        IOptions<SlackOptions> options,
        IMeterFactory meterFactory,
        ILogger<SlackWorkTakeover> logger)
    {
        this.journal = journal;
        this.dedupe = dedupe;
        this.runner = runner;
        this.instance = instance;
        this.time = time;
        this.options = options;
        this.logger = logger;
        takeovers = meterFactory.Create(TelemetryNames.Root)
            .CreateCounter<long>("feedbackbot.slack.work_takeovers", "{work}", "Acknowledged Slack work another instance left unfinished, taken over, by outcome (run, interrupted, abandoned, unreadable).");
    }

    /// <summary>How often the host should call <see cref="RunOnceAsync"/>.</summary>
    public TimeSpan Interval => options.Value.WorkTakeoverInterval;

    /// <summary>One pass: takes over and runs the work whose lease has run out. Answers how many this instance took.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var taken = 0;
        foreach (var entry in await journal.ListLapsedAsync(time.GetUtcNow(), BatchSize, ct).ConfigureAwait(false))
        {
            var held = await journal.TryReplaceAsync(entry with { Owner = instance.Id, Attempts = entry.Attempts + 1, LeaseExpiresAt = time.GetUtcNow() + options.Value.WorkLease }, ct).ConfigureAwait(false);
            if (held is null)
            {
                continue; // another instance won it
            }

            taken++;
            await RunTakenAsync(entry, held, ct).ConfigureAwait(false);
        }

        return taken;
    }

    private async Task RunTakenAsync(SlackWorkEntry entry, SlackWorkEntry held, CancellationToken ct)
    {
        var work = JournaledWork.TryDeserialize(entry.Payload);
        if (work is null || entry.Attempts >= MaxAttempts)
        {
            var outcome = work is null ? "unreadable" : "abandoned";
            LogGivenUp(logger, entry.WorkId, outcome, entry.Attempts);
            Count(outcome);
            await journal.TryRemoveAsync(held, ct).ConfigureAwait(false);
            return;
        }

        LogTakingOver(logger, entry.WorkId, entry.Owner, entry.Attempts);
        SlackWork? runnable;
        try
        {
            runnable = await SafeToRunAsync(work, entry.Attempts, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The event's claim could not be checked (the store failed): nothing ran, so the take is
            // given back as it was, and the next pass tries again instead of counting it a start.
            LogClaimUnknown(logger, ex, entry.WorkId);
            await runner.ReleaseAsync(held with { Attempts = entry.Attempts }).ConfigureAwait(false);
            return;
        }

        if (runnable is not null)
        {
            Count("run");
            await runner.RunHeldAsync(runnable, held, ct).ConfigureAwait(false);
        }
        else
        {
            Count("interrupted");
            await runner.RunHeldAsync(new TextWork(work.Target, JournalTexts.Interrupted), held, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The work to run, or null when it may have had effects already and must not run blind.</summary>
    private async Task<SlackWork?> SafeToRunAsync(SlackWork work, int attempts, CancellationToken ct)
    {
        if (attempts == 0 || work is NoticeWork)
        {
            return work; // never started; or only a message, which at worst comes twice
        }

        // The worker claims an event before the turn runs; a claim this instance wins now was never
        // made by the dead one, so its turn never ran. Run it without claiming a second time.
        if (work is TurnWork { Claim: { } claim } turn && await dedupe.TryClaimAsync(claim.TeamId, claim.EventId, claim.EventTime, ct).ConfigureAwait(false))
        {
            return turn with { Claim = null };
        }

        return null;
    }

    private void Count(string outcome) => takeovers.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Taking over Slack work {WorkId} left by {Owner} (started {Attempts} times before)")]
    private static partial void LogTakingOver(ILogger logger, string workId, string owner, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work {WorkId}: its event's claim could not be checked (the store failed); it is left for the next pass")]
    private static partial void LogClaimUnknown(ILogger logger, Exception exception, string workId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack work {WorkId} given up ({Outcome}) after {Attempts} starts; the user was not answered")]
    private static partial void LogGivenUp(ILogger logger, string workId, string outcome, int attempts);
}
