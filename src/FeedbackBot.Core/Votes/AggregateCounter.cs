using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Counts changes into the weekly aggregates exactly once through <see cref="CountIntent"/>s: the
/// intent is stored before the row it stands for, then settled (aggregate written at the version
/// read and intent deleted, in one transaction). Whoever settles first applies the change; every
/// later settle finds the intent gone. A crash between the writes leaves the intent for the next
/// writer of the same row or for <see cref="CountRepair"/>, never a lost or doubled count.
/// </summary>
public sealed class AggregateCounter(IWeeklyAggregateStore aggregates, ICountIntentStore intents)
{
    /// <summary>Settle attempts that meet a newer aggregate before giving up (the repair job settles it later).</summary>
    public const int MaxAttempts = 200;

    /// <summary>Stores <paramref name="intent"/> (step one of a counted change).</summary>
    public async Task<Versioned<CountIntent>> PlanAsync(CountIntent intent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new Versioned<CountIntent>(intent, await intents.AddAsync(intent, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// Applies the intent to its week's aggregate and deletes it, in one transaction, retried while
    /// other writers change the aggregate. Returns <c>false</c> when someone had already settled it.
    /// </summary>
    /// <exception cref="AggregateConflictException">Every attempt met a newer aggregate.</exception>
    public async Task<bool> SettleAsync(Versioned<CountIntent> intent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var change = intent.Value;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var found = await aggregates.FindAsync(change.Tenant, change.Week, ct).ConfigureAwait(false);
            var next = change.ApplyTo(found?.Value ?? WeeklyAggregate.Empty(change.Tenant, change.Week));
            switch (await intents.TrySettleAsync(intent, next, found?.Version, ct).ConfigureAwait(false))
            {
                case SettleResult.Applied:
                    return true;
                case SettleResult.IntentGone:
                    return false;
            }

            // Many writers on one hot row: spread the retries so they stop colliding in lockstep.
            // Real time on purpose: this waits out contention, not the domain's clock, which a
            // test may have stopped.
            var backoff = TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(attempt, 20) * 2));
            await Task.Delay(backoff, ct).ConfigureAwait(false);
        }

        throw new AggregateConflictException(change.Tenant, change.Week);
    }

    /// <summary>
    /// Settles the change <paramref name="changeId"/> of a row if its intent still exists (the
    /// writer before us stopped after its row): called before the row is overwritten, so a chain
    /// of changes to one row is counted in order and exactly.
    /// </summary>
    public async Task SettlePendingAsync(string tenant, IsoWeek week, string? changeId, CancellationToken ct)
    {
        if (changeId is not null && await intents.FindAsync(tenant, week, changeId, ct).ConfigureAwait(false) is { } pending)
        {
            await SettleAsync(pending, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes an intent whose row was never written. Best effort: one left behind is discarded by <see cref="CountRepair"/>.</summary>
    public async Task DiscardAsync(Versioned<CountIntent> intent, CancellationToken ct)
    {
        try
        {
            await intents.TryDiscardAsync(intent, ct).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure leaves an uncounted intent the repair job discards after its grace period.
        catch (Exception) when (!ct.IsCancellationRequested)
#pragma warning restore CA1031
        {
        }
    }
}

/// <summary>A weekly aggregate could not be written: other writers won every attempt.</summary>
public sealed class AggregateConflictException(string tenant, IsoWeek week)
    : Exception($"The aggregate of {tenant} {week} kept changing under every write attempt.");
