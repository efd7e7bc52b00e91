using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Port for feedback requests, partitioned by tenant and ISO week, with a lookup by interaction id
/// (unique per tenant: creating the same interaction twice yields the first request).
/// </summary>
public interface IFeedbackRequestStore
{
    /// <summary>
    /// Stores <paramref name="request"/> unless its interaction already has one; returns the stored
    /// request and whether this call created it.
    /// </summary>
    Task<(FeedbackRequest Request, bool Created)> CreateAsync(FeedbackRequest request, CancellationToken ct);

    /// <summary>The request of one interaction, or <c>null</c>.</summary>
    Task<Versioned<FeedbackRequest>?> FindAsync(string tenant, string interactionId, CancellationToken ct);

    /// <summary>Replaces the request if it still has <paramref name="expectedVersion"/>; <c>false</c> on a conflict.</summary>
    Task<bool> TryUpdateAsync(FeedbackRequest request, string expectedVersion, CancellationToken ct);

    /// <summary>Every request of one tenant's week.</summary>
    Task<IReadOnlyList<FeedbackRequest>> ListAsync(string tenant, IsoWeek week, CancellationToken ct);

    /// <summary>
    /// Requests (any tenant) that were asked, are unanswered and unreminded, and were created after
    /// <paramref name="createdAfter"/> (older ones have expired) and before <paramref name="createdBefore"/>; oldest first, at most <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<FeedbackRequest>> ListDueForReminderAsync(DateTimeOffset createdAfter, DateTimeOffset createdBefore, int max, CancellationToken ct);

    /// <summary>Every request of one customer of one tenant (by customer id or channel user id).</summary>
    Task<IReadOnlyList<FeedbackRequest>> ListByCustomerAsync(string tenant, string customerId, CancellationToken ct);
}
