using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Port for the weekly aggregates: one row per tenant and ISO week, written with optimistic
/// concurrency (two instances may count votes for the same week at once; a stale write fails
/// instead of overwriting the other's count).
/// </summary>
public interface IWeeklyAggregateStore
{
    /// <summary>The week's counters, or an empty aggregate when nothing was counted.</summary>
    Task<WeeklyAggregate> GetAsync(string tenant, IsoWeek week, CancellationToken ct);

    /// <summary>The week's counters with the version a conditional write must match, or <c>null</c> when none exist.</summary>
    Task<Versioned<WeeklyAggregate>?> FindAsync(string tenant, IsoWeek week, CancellationToken ct);

    /// <summary>
    /// Writes the aggregate if the stored row still has <paramref name="expectedVersion"/>
    /// (<c>null</c>: only if no row exists). Returns <c>false</c> when another writer got there first.
    /// </summary>
    Task<bool> TryWriteAsync(WeeklyAggregate aggregate, string? expectedVersion, CancellationToken ct);

    /// <summary>Aggregates of one tenant for the weeks from <paramref name="first"/> to <paramref name="last"/> inclusive that exist, oldest first.</summary>
    Task<IReadOnlyList<WeeklyAggregate>> ListAsync(string tenant, IsoWeek first, IsoWeek last, CancellationToken ct);

    /// <summary>
    /// The tenants that have an aggregate for <paramref name="week"/> (requests or votes were
    /// counted), in no particular order: whom the weekly push has something to tell. It reads one
    /// row per tenant, so it is meant for a weekly job, not for a turn.
    /// </summary>
    Task<IReadOnlyList<string>> ListTenantsAsync(IsoWeek week, CancellationToken ct);
}
