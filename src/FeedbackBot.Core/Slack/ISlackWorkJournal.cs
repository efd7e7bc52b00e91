namespace FeedbackBot.Core.Slack;

/// <summary>
/// Port for acknowledged Slack work that must survive the instance that accepted it. An endpoint
/// adds the work before it answers Slack; the accepting instance runs it from memory and removes
/// it; an instance that dies leaves it behind, and another takes it over once its lease runs out.
/// </summary>
/// <remarks>
/// Invariants: of concurrent adds of one <see cref="SlackWorkEntry.WorkId"/> exactly one succeeds.
/// Every change is a compare-and-swap on <see cref="SlackWorkEntry.Version"/>: of concurrent changes
/// to one state exactly one succeeds, so of instances taking over one lapsed entry only one wins.
/// </remarks>
public interface ISlackWorkJournal
{
    /// <summary>
    /// Adds <paramref name="entry"/> (its <see cref="SlackWorkEntry.Version"/> is ignored). Returns
    /// the stored entry with its version, or <c>null</c> when an entry with that id already exists
    /// (a retried Slack event whose first delivery is still journaled).
    /// </summary>
    Task<SlackWorkEntry?> TryAddAsync(SlackWorkEntry entry, CancellationToken ct);

    /// <summary>
    /// Replaces the stored entry with <paramref name="entry"/> if the stored version is still
    /// <see cref="SlackWorkEntry.Version"/> of <paramref name="entry"/>. The payload and acceptance
    /// time never change; owner, lease and attempts do. Returns the new state with its new version,
    /// or <c>null</c> when the entry changed in between or is gone.
    /// </summary>
    Task<SlackWorkEntry?> TryReplaceAsync(SlackWorkEntry entry, CancellationToken ct);

    /// <summary>
    /// Removes the entry if its stored version is still the one of <paramref name="entry"/>.
    /// Returns <c>false</c> when it changed in between (another instance took it over) or is gone.
    /// </summary>
    Task<bool> TryRemoveAsync(SlackWorkEntry entry, CancellationToken ct);

    /// <summary>Reads one entry, or <c>null</c> when there is none.</summary>
    Task<SlackWorkEntry?> FindAsync(string workId, CancellationToken ct);

    /// <summary>At most <paramref name="max"/> entries whose lease ran out at <paramref name="now"/>, oldest lease first where the store can tell.</summary>
    Task<IReadOnlyList<SlackWorkEntry>> ListLapsedAsync(DateTimeOffset now, int max, CancellationToken ct);
}
