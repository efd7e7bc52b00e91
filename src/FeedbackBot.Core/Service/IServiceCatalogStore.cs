namespace FeedbackBot.Core.Service;

/// <summary>
/// Port for one tenant's service statement (with its history) and service element list.
/// </summary>
public interface IServiceCatalogStore
{
    /// <summary>The current statement, or <c>null</c> when no admin has set one.</summary>
    Task<ServiceStatement?> GetStatementAsync(string tenant, CancellationToken ct);

    /// <summary>Every statement the tenant had, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ServiceStatement>> GetStatementHistoryAsync(string tenant, int limit, CancellationToken ct);

    /// <summary>Makes <paramref name="statement"/> the current one; earlier ones stay in the history.</summary>
    Task SetStatementAsync(string tenant, ServiceStatement statement, CancellationToken ct);

    /// <summary>
    /// The tenant's elements in list order, retired ones included; the seeded defaults
    /// (<see cref="ServiceElementDefaults"/>) until an admin changes the list.
    /// </summary>
    Task<IReadOnlyList<ServiceElement>> GetElementsAsync(string tenant, CancellationToken ct);

    /// <summary>The elements with the version a later <see cref="TryReplaceElementsAsync"/> must name.</summary>
    Task<VersionedElements> ReadElementsAsync(string tenant, CancellationToken ct);

    /// <summary>
    /// Replaces the element list if nobody changed it since <paramref name="expectedVersion"/>
    /// was read (<c>null</c>: the list was never stored); false when someone did.
    /// </summary>
    Task<bool> TryReplaceElementsAsync(string tenant, IReadOnlyList<ServiceElement> elements, string? expectedVersion, CancellationToken ct);
}

/// <summary>An element list and the version it was read at (<c>null</c>: never stored, still the defaults).</summary>
public sealed record VersionedElements(IReadOnlyList<ServiceElement> Elements, string? Version);
