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
    public async Task<DefinitionGap> ComputeAsync(string tenant, ElementVoteFigures votes, CancellationToken ct) =>
        (await ReadInputsAsync(tenant, ct).ConfigureAwait(false)).Compute(votes);

    /// <summary>
    /// What the gap needs besides the votes (statement, elements, rankings), read at once, so a
    /// caller can read the vote figures alongside and compute the gap when both are in.
    /// </summary>
    public async Task<DefinitionGapInputs> ReadInputsAsync(string tenant, CancellationToken ct)
    {
        var statement = catalog.GetStatementAsync(tenant, ct);
        var elements = catalog.GetElementsAsync(tenant, ct);
        var ranked = rankings.GetAsync(tenant, ct);
        await Task.WhenAll(statement, elements, ranked).ConfigureAwait(false);
        return new DefinitionGapInputs(await statement.ConfigureAwait(false), await elements.ConfigureAwait(false), await ranked.ConfigureAwait(false));
    }
}
