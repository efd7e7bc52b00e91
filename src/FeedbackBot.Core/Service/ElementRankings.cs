using FeedbackBot.Core.Configuration;

namespace FeedbackBot.Core.Service;

/// <summary>
/// Counts rankings over the last four quarters; a customer who answered in several counts once,
/// with their newest completed set, so the figures follow what customers think now without
/// letting one quarter's handful of answers stand alone.
/// </summary>
public sealed class ElementRankings(ISurveyAnswerStore store, FeedbackBotOptions options, TimeProvider time) : IElementRankings
{
    /// <summary>How many quarters back (this one included) answers count.</summary>
    public const int QuartersCounted = 4;

    public async Task<ElementRankingSummary> GetAsync(string tenant, CancellationToken ct)
    {
        var quarter = Quarter.FromInstant(time.GetUtcNow(), WorkspaceTime.Zone(options));
        var quarters = new Task<IReadOnlyList<SurveyAnswerSet>>[QuartersCounted];
        for (var i = 0; i < QuartersCounted; i++, quarter = quarter.Previous())
        {
            quarters[i] = store.ListAsync(tenant, quarter, ct); // independent partitions: read at once
        }

        var newest = new Dictionary<string, SurveyAnswerSet>(StringComparer.Ordinal);
        foreach (var sets in await Task.WhenAll(quarters).ConfigureAwait(false))
        {
            foreach (var set in sets)
            {
                if (set.Completed)
                {
                    newest.TryAdd(set.CustomerId, set); // newest quarter first, so its set wins
                }
            }
        }

        return Count(newest.Values);
    }

    /// <summary>The rankings in <paramref name="sets"/>, each set counted once.</summary>
    public static ElementRankingSummary Count(IEnumerable<SurveyAnswerSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var counts = new Dictionary<string, ElementRankingCounts>(StringComparer.Ordinal);
        var respondents = 0;
        foreach (var set in sets)
        {
            respondents++;
            foreach (var (element, importance) in set.Rankings)
            {
                counts[element] = counts.GetValueOrDefault(element).Add(importance);
            }
        }

        return new ElementRankingSummary(counts, respondents);
    }
}
