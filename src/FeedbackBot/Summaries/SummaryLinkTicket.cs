using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Summaries;

/// <summary>What a signed summary link grants: one kind of download of one tenant's week (and team).</summary>
internal sealed record SummaryLinkTicket(SummaryLinkKind Kind, string Tenant, IsoWeek Week, string? Team, string Culture, DateTimeOffset ExpiresAt);

/// <summary>The two downloads a summary card links to; a chart link never opens the CSV.</summary>
internal enum SummaryLinkKind
{
    Chart = 1,
    Csv = 2,
}

/// <summary>What reading a link token found.</summary>
internal enum SummaryLinkStatus
{
    Valid,
    Malformed,
    Forged,
    Expired,
}
