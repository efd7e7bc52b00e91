using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Service;

/// <summary>How customers, taken together, rank one element.</summary>
public enum CustomerView
{
    /// <summary>Nobody ranked it.</summary>
    Unranked,

    /// <summary>At least half of those who ranked it call it crucial.</summary>
    Crucial,

    /// <summary>At least half call it crucial or important (but fewer than half crucial).</summary>
    Important,

    /// <summary>Most call it nice to have or not important.</summary>
    Minor,
}

/// <summary>What the comparison of one element found, most pressing first.</summary>
public enum GapFinding
{
    /// <summary>Customers call it crucial; the statement does not cover it.</summary>
    Blindspot,

    /// <summary>The statement covers it, yet most votes naming it are MISSes.</summary>
    BrokenPromise,

    /// <summary>The statement covers it; customers call it nice to have or not important.</summary>
    Overpromise,

    /// <summary>Statement, rankings and votes agree.</summary>
    Aligned,

    /// <summary>Nobody ranked it and no vote named it.</summary>
    NoData,
}

/// <summary>One element in the definition gap: customers' ranking, statement coverage and votes side by side.</summary>
/// <param name="Element">The element.</param>
/// <param name="Rankings">How many customers ranked it at each level.</param>
/// <param name="View">The customers' ranking in one word.</param>
/// <param name="Covered">True when a statement exists and covers the element.</param>
/// <param name="Votes">The votes that named it.</param>
/// <param name="MissShare">Its MISSes out of every MISS of the period; <c>null</c> without MISSes.</param>
/// <param name="Finding">What the comparison found.</param>
public sealed record DefinitionGapRow(
    ServiceElement Element,
    ElementRankingCounts Rankings,
    CustomerView View,
    bool Covered,
    HitMissCount Votes,
    double? MissShare,
    GapFinding Finding);

/// <summary>
/// The definition gap of one workspace: for each active element, how customers rank it against
/// whether the service statement covers it and how votes naming it went. Rows come most
/// pressing first. <see cref="HasData"/> is false when there are neither survey answers nor votes,
/// which the bot says plainly rather than show a table of zeros.
/// </summary>
public sealed record DefinitionGap(
    ServiceStatement? Statement,
    int Respondents,
    ElementVoteFigures Votes,
    IReadOnlyList<DefinitionGapRow> Rows)
{
    public bool HasStatement => Statement is not null;

    public bool HasData => Respondents > 0 || Votes.Total.Total > 0;

    /// <summary>The rows that are a gap (blind spots, broken promises, overpromises), most pressing first.</summary>
    public IEnumerable<DefinitionGapRow> Gaps => Rows.Where(r => r.Finding is GapFinding.Blindspot or GapFinding.BrokenPromise or GapFinding.Overpromise);
}
