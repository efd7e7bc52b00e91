using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Port for <see cref="CountIntent"/>s, kept where the weekly aggregates are so that applying one
/// (aggregate changed, intent deleted) is a single transaction: one partition of the aggregates
/// table in Table Storage, one SQLite transaction.
/// </summary>
public interface ICountIntentStore
{
    /// <summary>Stores a new intent and returns its version. Change ids are unique, so storing one twice (a retried call) is harmless.</summary>
    Task<string> AddAsync(CountIntent intent, CancellationToken ct);

    /// <summary>The intent of one change, or <c>null</c> once it has been applied or discarded.</summary>
    Task<Versioned<CountIntent>?> FindAsync(string tenant, IsoWeek week, string changeId, CancellationToken ct);

    /// <summary>
    /// In one transaction: writes <paramref name="aggregate"/> if the stored aggregate still has
    /// <paramref name="aggregateVersion"/> (<c>null</c>: only if none exists) and deletes
    /// <paramref name="intent"/>. Either both happen or neither.
    /// </summary>
    Task<SettleResult> TrySettleAsync(Versioned<CountIntent> intent, WeeklyAggregate aggregate, string? aggregateVersion, CancellationToken ct);

    /// <summary>Deletes an intent whose change never landed, without counting it; <c>false</c> when it was already gone.</summary>
    Task<bool> TryDiscardAsync(Versioned<CountIntent> intent, CancellationToken ct);

    /// <summary>
    /// Intents of every tenant created before <paramref name="createdBefore"/>, at most
    /// <paramref name="max"/>, in no particular order. A scan across tenants: for the repair job.
    /// </summary>
    Task<IReadOnlyList<Versioned<CountIntent>>> ListCreatedBeforeAsync(DateTimeOffset createdBefore, int max, CancellationToken ct);
}

/// <summary>How <see cref="ICountIntentStore.TrySettleAsync"/> went.</summary>
public enum SettleResult
{
    /// <summary>The aggregate now includes the change and the intent is gone.</summary>
    Applied,

    /// <summary>Another writer changed the aggregate since it was read; nothing was written.</summary>
    AggregateChanged,

    /// <summary>The intent was already applied (or discarded) by someone else; nothing was written.</summary>
    IntentGone,
}
