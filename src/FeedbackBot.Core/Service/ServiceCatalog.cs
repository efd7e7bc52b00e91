namespace FeedbackBot.Core.Service;

/// <summary>
/// Applies element edits to the stored list: read, edit, write naming the version read, and on a
/// concurrent change (two admins, two instances) read again and re-apply, a bounded number of times.
/// </summary>
public sealed class ServiceCatalog(IServiceCatalogStore store)
{
    private const int Attempts = 3;

    /// <summary>Applies <paramref name="edit"/> to the tenant's current list and stores the result when it changed.</summary>
    public async Task<ElementEdit> EditElementsAsync(string tenant, Func<IReadOnlyList<ServiceElement>, ElementEdit> edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ElementEdit result = new(ElementEditOutcome.Conflict, []);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.ReadElementsAsync(tenant, ct).ConfigureAwait(false);
            result = edit(current.Elements);
            if (result.Outcome != ElementEditOutcome.Done
                || await store.TryReplaceElementsAsync(tenant, result.Elements, current.Version, ct).ConfigureAwait(false))
            {
                return result;
            }
        }

        return result with { Outcome = ElementEditOutcome.Conflict };
    }
}
