using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Service;

/// <summary>
/// Reads what the definition gap needs for one tenant (statement, elements, rankings, weekly
/// vote aggregates) and computes it. The weekly summary passes its own week; the chat command
/// looks back <see cref="DefaultWeeks"/> weeks, so an element named now and then still shows.
/// </summary>
public sealed class DefinitionGapReport(
    IServiceCatalogStore catalog,
    IElementRankings rankings,
    IWeeklyAggregateStore aggregates,
    FeedbackBotOptions options,
    TimeProvider time)
{
    /// <summary>A quarter of weeks, ending with the current one.</summary>
    public const int DefaultWeeks = 13;

    /// <summary>The gap against the votes of the weeks <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public async Task<DefinitionGap> ComputeAsync(string tenant, IsoWeek first, IsoWeek last, CancellationToken ct)
    {
        var weeks = await aggregates.ListAsync(tenant, first, last, ct).ConfigureAwait(false);
        return await ComputeAsync(tenant, ElementVoteFigures.From(weeks), ct).ConfigureAwait(false);
    }

    /// <summary>The gap against the votes of the last <see cref="DefaultWeeks"/> weeks, this one included.</summary>
    public async Task<DefinitionGap> ComputeRecentAsync(string tenant, CancellationToken ct)
    {
        var last = IsoWeek.FromInstant(time.GetUtcNow(), WorkspaceTime.Zone(options));
        return await ComputeAsync(tenant, last.Minus(DefaultWeeks - 1), last, ct).ConfigureAwait(false);
    }

    /// <summary>The gap against vote figures the caller already has.</summary>
    public async Task<DefinitionGap> ComputeAsync(string tenant, ElementVoteFigures votes, CancellationToken ct)
    {
        var statement = await catalog.GetStatementAsync(tenant, ct).ConfigureAwait(false);
        var elements = await catalog.GetElementsAsync(tenant, ct).ConfigureAwait(false);
        var ranked = await rankings.GetAsync(tenant, ct).ConfigureAwait(false);
        return DefinitionGapCalculator.Compute(statement, elements, ranked, votes);
    }
}
