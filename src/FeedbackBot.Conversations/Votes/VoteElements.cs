using System.Globalization;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// The service elements a customer may name after a MISS: the workspace's list where a catalog is
/// registered, else the seeded defaults; retired ones are not offered. Seeded names are shown in
/// the customer's language.
/// </summary>
public sealed class VoteElements(IServiceCatalogStore? catalog = null)
{
    public async Task<IReadOnlyList<ServiceElement>> OfferedAsync(string tenant, CancellationToken ct)
    {
        var elements = catalog is null ? ServiceElementDefaults.All : await catalog.GetElementsAsync(tenant, ct).ConfigureAwait(false);
        return [.. elements.Where(e => !e.Retired)];
    }

    public static string NameOf(ServiceElement element, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.IsDefaultName ? VoteTexts.ElementName(element.Id, culture) ?? element.Name : element.Name;
    }
}
