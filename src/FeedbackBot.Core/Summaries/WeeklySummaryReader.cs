using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Summaries;

/// <summary>
/// Reads what one summary needs and builds it: the aggregate rows of the trend weeks (one range
/// read), the week's newest MISS comments (a bounded read), the decision checks of the lookback
/// period, the element names and the definition gap's inputs. Nothing it reads grows with the
/// number of votes, and the reads go out at once: a summary costs about the slowest read, not
/// their sum (docs/benchmarks.md, "Weekly summary").
/// </summary>
public sealed class WeeklySummaryReader(
    IWeeklyAggregateStore aggregates,
    IVoteStore votes,
    IDecisionLog decisions,
    IServiceCatalogStore catalog,
    DefinitionGapReport gap)
{
    public async Task<WeeklySummary> ReadAsync(string tenant, SummaryQuery query, TimeZoneInfo zone, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(zone);
        var week = query.Week;
        var rowsRead = aggregates.ListAsync(tenant, WeeklySummaryBuilder.TrendStart(week), week, ct);
        if (query.Team is not null)
        {
            return await ReadTeamAsync(tenant, query, zone, rowsRead, ct).ConfigureAwait(false);
        }

        var missesRead = votes.ListLatestMissCommentsAsync(tenant, week, team: null, WeeklySummaryBuilder.MaxMissComments, ct);
        var checksRead = decisions.ListCreatedAsync(tenant, WeeklySummaryBuilder.DecisionsReadSince(week, zone), week.EndIn(zone), ct);
        var gapRead = gap.ReadInputsAsync(tenant, ct);
        await Task.WhenAll(rowsRead, missesRead, checksRead, gapRead).ConfigureAwait(false);
        var rows = await rowsRead.ConfigureAwait(false);
        var gapInputs = await gapRead.ConfigureAwait(false);
        var summary = WeeklySummaryBuilder.Build(new SummaryInputs
        {
            Tenant = tenant,
            Query = query,
            Zone = zone,
            Aggregates = rows,
            LatestMisses = await missesRead.ConfigureAwait(false),
            Decisions = await checksRead.ConfigureAwait(false),
            Elements = gapInputs.Elements,
        });
        return summary with { Gap = gapInputs.Compute(ElementVoteFigures.From(rows.Where(r => r.Week == week))) };
    }

    // A team's summary has no decision checks and no gap; its MISS comments wait for the aggregate
    // rows, which spell the team as stored.
    private async Task<WeeklySummary> ReadTeamAsync(string tenant, SummaryQuery query, TimeZoneInfo zone, Task<IReadOnlyList<WeeklyAggregate>> rowsRead, CancellationToken ct)
    {
        var elementsRead = catalog.GetElementsAsync(tenant, ct);
        var rows = await rowsRead.ConfigureAwait(false);
        var team = WeeklySummaryBuilder.ResolveTeam(query.Team, rows);
        var misses = await votes.ListLatestMissCommentsAsync(tenant, query.Week, team, WeeklySummaryBuilder.MaxMissComments, ct).ConfigureAwait(false);
        return WeeklySummaryBuilder.Build(new SummaryInputs
        {
            Tenant = tenant,
            Query = query with { Team = team },
            Zone = zone,
            Aggregates = rows,
            LatestMisses = misses,
            Decisions = [],
            Elements = await elementsRead.ConfigureAwait(false),
        });
    }
}
