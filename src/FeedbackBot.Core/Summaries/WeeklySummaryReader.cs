using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Summaries;

/// <summary>
/// Reads what one summary needs and builds it: the aggregate rows of the trend weeks (one range
/// read), the week's newest MISS comments (a bounded read), the decision checks of the lookback
/// period and the element names. Nothing it reads grows with the number of votes.
/// </summary>
public sealed class WeeklySummaryReader(
    IWeeklyAggregateStore aggregates,
    IVoteStore votes,
    IDecisionLog decisions,
    IServiceCatalogStore catalog)
{
    public async Task<WeeklySummary> ReadAsync(string tenant, SummaryQuery query, TimeZoneInfo zone, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(zone);
        var week = query.Week;
        var rows = await aggregates.ListAsync(tenant, WeeklySummaryBuilder.TrendStart(week), week, ct).ConfigureAwait(false);
        var team = WeeklySummaryBuilder.ResolveTeam(query.Team, rows);
        var misses = await votes.ListLatestMissCommentsAsync(tenant, week, team, WeeklySummaryBuilder.MaxMissComments, ct).ConfigureAwait(false);
        var checks = team is null
            ? await decisions.ListCreatedAsync(tenant, WeeklySummaryBuilder.DecisionsReadSince(week, zone), week.EndIn(zone), ct).ConfigureAwait(false)
            : [];
        var elements = await catalog.GetElementsAsync(tenant, ct).ConfigureAwait(false);
        return WeeklySummaryBuilder.Build(new SummaryInputs
        {
            Tenant = tenant,
            Query = query with { Team = team },
            Zone = zone,
            Aggregates = rows,
            LatestMisses = misses,
            Decisions = checks,
            Elements = elements,
        });
    }

}
