namespace FeedbackBot.Core.Decisions;

/// <summary>
/// Port for decision-check records, one per check, partitioned by tenant and ordered newest first.
/// Serves the result card (point read and in-place updates), <c>/decision-check list</c> (one
/// owner's recent checks), the weekly summary (one tenant's checks in a time range) and the
/// follow-up job (checks whose follow-up is due, across tenants).
/// </summary>
public interface IDecisionLog
{
    /// <summary>
    /// Stores a new record. Its id must come from <see cref="DecisionIds.New"/> (for its
    /// <see cref="DecisionRecord.CreatedAt"/>), else <see cref="ArgumentException"/>; its (tenant, id)
    /// must not exist yet: when it does, nothing is written and the answer is <c>false</c> (a
    /// turn run again after a write conflict adds the same record twice).
    /// </summary>
    Task<bool> AddAsync(DecisionRecord record, CancellationToken ct);

    /// <summary>The record, or <c>null</c>.</summary>
    Task<DecisionRecord?> FindAsync(string tenant, string id, CancellationToken ct);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored record and saves it with optimistic
    /// concurrency: when another instance wrote in between, the change is applied again to the
    /// newer record, so two teammates predicting at once both count. <paramref name="change"/> may
    /// run more than once and must be a pure function of its argument. Returns the saved record, or
    /// <c>null</c> when there is none.
    /// </summary>
    Task<DecisionRecord?> UpdateAsync(string tenant, string id, Func<DecisionRecord, DecisionRecord> change, CancellationToken ct);

    /// <summary>One owner's most recent checks, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DecisionRecord>> ListByOwnerAsync(string tenant, string ownerId, int max, CancellationToken ct);

    /// <summary>One tenant's checks created in [<paramref name="since"/>, <paramref name="until"/>), newest first.</summary>
    Task<IReadOnlyList<DecisionRecord>> ListCreatedAsync(string tenant, DateTimeOffset since, DateTimeOffset until, CancellationToken ct);

    /// <summary>
    /// Checks of any tenant whose follow-up is due at <paramref name="now"/>
    /// (<see cref="DecisionRecord.FollowUpDueAt"/> at or before now and
    /// <see cref="DecisionRecord.AwaitsFollowUp"/>), oldest due first, at most <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<DecisionRecord>> ListFollowUpsDueAsync(DateTimeOffset now, int max, CancellationToken ct);
}
