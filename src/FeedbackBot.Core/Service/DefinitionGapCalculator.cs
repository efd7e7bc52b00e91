namespace FeedbackBot.Core.Service;

/// <summary>
/// Computes the definition gap from the statement, the elements, the customers' rankings and the
/// votes of a period. Pure: the weekly summary and <c>/service-statement gap</c> both call it with
/// the figures they have read.
/// </summary>
public static class DefinitionGapCalculator
{
    /// <summary>Fewer votes naming an element than this say nothing about its HIT rate.</summary>
    public const int MinVotesForHitRate = 3;

    public static DefinitionGap Compute(
        ServiceStatement? statement,
        IReadOnlyList<ServiceElement> elements,
        ElementRankingSummary rankings,
        ElementVoteFigures votes)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(votes);
        var rows = elements
            .Where(e => !e.Retired)
            .Select((element, index) => (Row: Row(element, statement is not null, rankings, votes), Index: index))
            .OrderBy(r => r.Row.Finding)
            .ThenByDescending(r => Share(r.Row.Rankings.Crucial, r.Row.Rankings.Total))
            .ThenByDescending(r => r.Row.Votes.Misses)
            .ThenBy(r => r.Index)
            .Select(r => r.Row)
            .ToList();
        return new DefinitionGap(statement, rankings.Respondents, votes, rows);
    }

    /// <summary>The customers' ranking of one element in one word.</summary>
    public static CustomerView ViewOf(ElementRankingCounts counts)
    {
        if (counts.Total == 0)
        {
            return CustomerView.Unranked;
        }

        if (counts.Crucial * 2 >= counts.Total)
        {
            return CustomerView.Crucial;
        }

        return (counts.Crucial + counts.Important) * 2 >= counts.Total ? CustomerView.Important : CustomerView.Minor;
    }

    private static DefinitionGapRow Row(ServiceElement element, bool hasStatement, ElementRankingSummary rankings, ElementVoteFigures votes)
    {
        var counts = rankings.ByElement.GetValueOrDefault(element.Id);
        var view = ViewOf(counts);
        var covered = hasStatement && element.CoveredByStatement;
        var named = votes.ByElement.GetValueOrDefault(element.Id);
        double? missShare = votes.Total.Misses == 0 ? null : (double)named.Misses / votes.Total.Misses;
        var failing = named.Total >= MinVotesForHitRate && named.Misses > named.Hits;
        var finding = (covered, view, failing) switch
        {
            (false, CustomerView.Crucial, _) => GapFinding.Blindspot,
            (true, _, true) => GapFinding.BrokenPromise,
            (true, CustomerView.Minor, _) => GapFinding.Overpromise,
            (_, CustomerView.Unranked, _) when named.Total == 0 => GapFinding.NoData,
            _ => GapFinding.Aligned,
        };
        return new DefinitionGapRow(element, counts, view, covered, named, missShare, finding);
    }

    private static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;
}
