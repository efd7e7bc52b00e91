namespace FeedbackBot.Core.Votes;

/// <summary>HIT and MISS counts of one slice of votes (a week, an agent, a team, an element).</summary>
public readonly record struct HitMissCount(int Hits, int Misses)
{
    /// <summary>Every vote of the slice.</summary>
    public int Total => Hits + Misses;

    /// <summary>Hits as a share of all votes, or <c>null</c> when there are none.</summary>
    public double? HitRate => Total == 0 ? null : (double)Hits / Total;

    /// <summary>These counts with one <paramref name="verdict"/> added (<paramref name="sign"/> +1) or taken away (-1).</summary>
    public HitMissCount Add(Verdict verdict, int sign = 1) =>
        verdict == Verdict.Hit ? this with { Hits = Hits + sign } : this with { Misses = Misses + sign };
}
