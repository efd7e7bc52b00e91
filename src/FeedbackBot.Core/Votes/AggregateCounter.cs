using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Applies a change to a weekly aggregate with optimistic concurrency: read with version, change,
/// write naming the version, and on a conflict start over from a fresh read. Every change is
/// applied exactly once, however many instances count into the same week.
/// </summary>
public sealed class AggregateCounter(IWeeklyAggregateStore store)
{
    /// <summary>Attempts before giving up; the week's row is then rebuilt from its votes.</summary>
    public const int MaxAttempts = 200;

    /// <summary>Applies <paramref name="change"/> to the tenant's week.</summary>
    /// <exception cref="AggregateConflictException">Every attempt met a newer row.</exception>
    public async Task ApplyAsync(string tenant, IsoWeek week, Func<WeeklyAggregate, WeeklyAggregate> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var found = await store.FindAsync(tenant, week, ct).ConfigureAwait(false);
            var next = change(found?.Value ?? WeeklyAggregate.Empty(tenant, week));
            if (await store.TryWriteAsync(next, found?.Version, ct).ConfigureAwait(false))
            {
                return;
            }

            // Many writers on one hot row: spread the retries so they stop colliding in lockstep.
            // Real time on purpose: this waits out contention, not the domain's clock, which a
            // test may have stopped.
            var backoff = TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(attempt, 20) * 2));
            await Task.Delay(backoff, ct).ConfigureAwait(false);
        }

        throw new AggregateConflictException(tenant, week);
    }

    /// <summary>Replaces the week's row with the count of its votes and requests (repairs drift after a crash between the vote and its count).</summary>
    public async Task<WeeklyAggregate> RebuildAsync(string tenant, IsoWeek week, IVoteStore votes, IFeedbackRequestStore requests, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(requests);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var found = await store.FindAsync(tenant, week, ct).ConfigureAwait(false);
            var rebuilt = VoteTally.Rebuild(
                tenant, week, await votes.ListAsync(tenant, week, ct).ConfigureAwait(false), await requests.ListAsync(tenant, week, ct).ConfigureAwait(false));
            if (await store.TryWriteAsync(rebuilt, found?.Version, ct).ConfigureAwait(false))
            {
                return rebuilt;
            }
        }

        throw new AggregateConflictException(tenant, week);
    }
}

/// <summary>A weekly aggregate could not be written: other writers won every attempt.</summary>
public sealed class AggregateConflictException(string tenant, IsoWeek week)
    : Exception($"The aggregate of {tenant} {week} kept changing under every write attempt.");
