namespace FeedbackBot.Core.Service;

/// <summary>
/// Reads what the definition gap needs for one tenant (statement, elements, rankings) and computes
/// it against the vote figures the caller has (the weekly summary: its week; the chat command: the
/// last quarter's weeks).
/// </summary>
public sealed class DefinitionGapReport(IServiceCatalogStore catalog, IElementRankings rankings)
{
    public async Task<DefinitionGap> ComputeAsync(string tenant, ElementVoteFigures votes, CancellationToken ct)
    {
        var statement = await catalog.GetStatementAsync(tenant, ct).ConfigureAwait(false);
        var elements = await catalog.GetElementsAsync(tenant, ct).ConfigureAwait(false);
        var ranked = await rankings.GetAsync(tenant, ct).ConfigureAwait(false);
        return DefinitionGapCalculator.Compute(statement, elements, ranked, votes);
    }
}
