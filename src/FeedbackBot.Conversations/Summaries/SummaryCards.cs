using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Core.Summaries;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>
/// Reads one tenant's summary and lays it out as a card with its signed links; shared by the
/// chat command and the weekly push, so both show the same card.
/// </summary>
public sealed class SummaryCards(WeeklySummaryReader reader, ISummaryLinks links, SummaryZone zone)
{
    public async Task<Card> CreateAsync(string tenant, SummaryQuery query, CultureInfo culture, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var summary = await reader.ReadAsync(tenant, query, zone.Zone, ct).ConfigureAwait(false);
        var linkSet = links.Create(tenant, query with { Team = summary.Team }, culture);
        return SummaryCardBuilder.Build(summary, linkSet, links.ExportLifetime, culture);
    }
}
