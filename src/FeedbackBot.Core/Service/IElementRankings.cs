namespace FeedbackBot.Core.Service;

/// <summary>
/// How a tenant's customers rank the service elements: per element id, how many said crucial,
/// important, nice to have or not important. Each customer counts once, with their newest
/// completed answers of the last four quarters.
/// </summary>
public interface IElementRankings
{
    /// <summary>Element id → counts; an element nobody ranked is absent.</summary>
    Task<ElementRankingSummary> GetAsync(string tenant, CancellationToken ct);
}

/// <summary>The rankings and how many customers they come from.</summary>
public sealed record ElementRankingSummary(IReadOnlyDictionary<string, ElementRankingCounts> ByElement, int Respondents)
{
    public static ElementRankingSummary Empty { get; } = new(new Dictionary<string, ElementRankingCounts>(), 0);
}
