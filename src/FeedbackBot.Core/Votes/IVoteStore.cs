using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Port for votes: one row per interaction, partitioned by tenant and ISO week. Writes are
/// conditional so a re-vote racing another re-vote never loses or doubles a count.
/// </summary>
public interface IVoteStore
{
    /// <summary>The vote on one interaction with its version, or <c>null</c>.</summary>
    Task<Versioned<Vote>?> FindAsync(string tenant, IsoWeek week, string interactionId, CancellationToken ct);

    /// <summary>
    /// Writes the vote if the stored one still has <paramref name="expectedVersion"/> (<c>null</c>:
    /// only if there is none). Returns <c>false</c> when another writer got there first.
    /// </summary>
    Task<bool> TryWriteAsync(Vote vote, string? expectedVersion, CancellationToken ct);

    /// <summary>Every vote of one tenant's week (never another tenant's).</summary>
    Task<IReadOnlyList<Vote>> ListAsync(string tenant, IsoWeek week, CancellationToken ct);

    /// <summary>
    /// The newest MISS votes of one tenant's week that carry a comment, newest first, at most
    /// <paramref name="max"/>; only those of <paramref name="team"/> when one is given (ordinal
    /// match). The weekly summary shows them verbatim.
    /// </summary>
    Task<IReadOnlyList<Vote>> ListLatestMissCommentsAsync(string tenant, IsoWeek week, string? team, int max, CancellationToken ct);
}
