using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Decisions;

/// <summary>
/// What the bot already knows about the elements a decision touches: their HIT/MISS votes summed
/// over the given weeks, and how customers ranked them.
/// </summary>
public static class DecisionEvidence
{
    /// <summary>How many weeks of votes a check shows: the current week and the three before it.</summary>
    public const int Weeks = 4;

    /// <summary>One entry per touched element, in the order given.</summary>
    public static IReadOnlyList<ElementEvidence> For(
        IEnumerable<ServiceElement> touched, IEnumerable<WeeklyAggregate> weeks, ElementRankingSummary rankings)
    {
        ArgumentNullException.ThrowIfNull(touched);
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(rankings);

        var weekList = weeks.ToList();
        return [.. touched.Select(element =>
        {
            var votes = weekList.Aggregate(new HitMissCount(0, 0), (sum, week) =>
                week.ByElement.TryGetValue(element.Id, out var count) ? new HitMissCount(sum.Hits + count.Hits, sum.Misses + count.Misses) : sum);
            var ranked = rankings.ByElement.TryGetValue(element.Id, out var counts) ? counts : default;
            return new ElementEvidence
            {
                ElementId = element.Id,
                ElementName = element.Name,
                Hits = votes.Hits,
                Misses = votes.Misses,
                RankedCrucial = ranked.Crucial,
                RankedImportant = ranked.Important,
                RankedNiceToHave = ranked.NiceToHave,
                RankedNotImportant = ranked.NotImportant,
            };
        })];
    }
}
