using System.Globalization;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Summaries;

/// <summary>
/// Summary links under <c>FeedbackBot:PublicBaseUrl</c>: <c>/summaries/{token}/chart.png</c> and
/// <c>/summaries/{token}/votes.csv</c>, each token signed for one kind, tenant, week and team and
/// expiring (<see cref="SummaryOptions"/>). Without a public base URL there are no links: chat
/// services could not fetch them.
/// </summary>
internal sealed class SignedSummaryLinks(
    SummaryLinkTokens tokens,
    IOptions<FeedbackBotOptions> bot,
    IOptions<SummaryOptions> options,
    TimeProvider time) : ISummaryLinks
{
    public TimeSpan ExportLifetime => options.Value.ExportLinkLifetime;

    public SummaryLinkSet Create(string tenant, SummaryQuery query, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(culture);
        if (!Uri.TryCreate(bot.Value.PublicBaseUrl, UriKind.Absolute, out var root))
        {
            return new SummaryLinkSet(null, null);
        }

        var now = time.GetUtcNow();
        var chart = tokens.Issue(new SummaryLinkTicket(SummaryLinkKind.Chart, tenant, query.Week, query.Team, culture.Name, now + options.Value.ChartLinkLifetime));
        var csv = tokens.Issue(new SummaryLinkTicket(SummaryLinkKind.Csv, tenant, query.Week, query.Team, culture.Name, now + options.Value.ExportLinkLifetime));
        return new SummaryLinkSet(Link(root, chart, SummaryEndpoints.ChartFile), Link(root, csv, SummaryEndpoints.CsvFile));
    }

    private static Uri Link(Uri root, string token, string file)
    {
        var baseText = root.AbsoluteUri.EndsWith('/') ? root.AbsoluteUri : root.AbsoluteUri + "/";
        return new Uri(new Uri(baseText), $"summaries/{token}/{file}");
    }
}
