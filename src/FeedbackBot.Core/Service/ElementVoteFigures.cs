namespace FeedbackBot.Core.Service;

/// <summary>HIT and MISS votes that named one element.</summary>
public readonly record struct ElementVotes(int Hits, int Misses)
{
    public int Total => Hits + Misses;

    /// <summary>Hits out of all votes naming the element; <c>null</c> without votes.</summary>
    public double? HitRate => Total == 0 ? null : (double)Hits / Total;
}

/// <summary>
/// The votes of a period as the definition gap needs them: every MISS (named element or not), and
/// per element id the HITs and MISSes of the votes that named it.
/// </summary>
public sealed record ElementVoteFigures(int TotalHits, int TotalMisses, IReadOnlyDictionary<string, ElementVotes> ByElement)
{
    public static ElementVoteFigures Empty { get; } = new(0, 0, new Dictionary<string, ElementVotes>());

    public int TotalVotes => TotalHits + TotalMisses;

    /// <summary>The figures of two periods added up.</summary>
    public ElementVoteFigures Plus(ElementVoteFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var byElement = new Dictionary<string, ElementVotes>(ByElement, StringComparer.Ordinal);
        foreach (var (id, votes) in other.ByElement)
        {
            var mine = byElement.GetValueOrDefault(id);
            byElement[id] = new ElementVotes(mine.Hits + votes.Hits, mine.Misses + votes.Misses);
        }

        return new ElementVoteFigures(TotalHits + other.TotalHits, TotalMisses + other.TotalMisses, byElement);
    }
}
