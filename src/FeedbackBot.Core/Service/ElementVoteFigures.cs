using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Service;

/// <summary>
/// The votes of a period as the definition gap needs them: every HIT and MISS (named element or
/// not), and per element id the HITs and MISSes of the votes that named it.
/// </summary>
public sealed record ElementVoteFigures(HitMissCount Total, IReadOnlyDictionary<string, HitMissCount> ByElement)
{
    public static ElementVoteFigures Empty { get; } = new(default, new Dictionary<string, HitMissCount>());

    /// <summary>The weeks' aggregates added up (the summary passes one week, the chat command a quarter's).</summary>
    public static ElementVoteFigures From(IEnumerable<WeeklyAggregate> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var total = default(HitMissCount);
        var byElement = new Dictionary<string, HitMissCount>(StringComparer.Ordinal);
        foreach (var week in weeks)
        {
            total = new HitMissCount(total.Hits + week.Hits, total.Misses + week.Misses);
            foreach (var (id, votes) in week.ByElement)
            {
                var sum = byElement.GetValueOrDefault(id);
                byElement[id] = new HitMissCount(sum.Hits + votes.Hits, sum.Misses + votes.Misses);
            }
        }

        return new ElementVoteFigures(total, byElement);
    }
}
