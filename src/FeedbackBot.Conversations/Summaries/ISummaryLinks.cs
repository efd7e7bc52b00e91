using System.Globalization;
using FeedbackBot.Core.Summaries;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>
/// Makes the signed, expiring addresses a summary card points at: the trend chart image and the
/// CSV export of the week's votes. The host implements it (it knows the public base URL and the
/// signing key); dialogs only place the links.
/// </summary>
public interface ISummaryLinks
{
    /// <summary>The links for one tenant's summary; a link is <c>null</c> when the bot has no public address.</summary>
    SummaryLinkSet Create(string tenant, SummaryQuery query, CultureInfo culture);

    /// <summary>How long an export link works, for the card to say so.</summary>
    TimeSpan ExportLifetime { get; }
}

/// <summary>The chart image and CSV export addresses of one summary.</summary>
public sealed record SummaryLinkSet(Uri? Chart, Uri? Csv);
