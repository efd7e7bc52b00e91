namespace FeedbackBot.Core.Decisions;

/// <summary>
/// What the bot knew about one touched service element when a check ran: HIT/MISS votes over the
/// last weeks and how customers ranked the element. A snapshot, so the card shows what the owner
/// saw even after the figures move on.
/// </summary>
public sealed record ElementEvidence
{
    public required string ElementId { get; init; }

    public required string ElementName { get; init; }

    public int Hits { get; init; }

    public int Misses { get; init; }

    public int RankedCrucial { get; init; }

    public int RankedImportant { get; init; }

    public int RankedNiceToHave { get; init; }

    public int RankedNotImportant { get; init; }

    public int Votes => Hits + Misses;

    public int Rankings => RankedCrucial + RankedImportant + RankedNiceToHave + RankedNotImportant;

    /// <summary>Whether there is anything to show for this element.</summary>
    public bool HasData => Votes > 0 || Rankings > 0;

    /// <summary>HIT rate in whole percent, or <c>null</c> without votes.</summary>
    public int? HitRatePercent => Votes == 0 ? null : (int)Math.Round(100.0 * Hits / Votes, MidpointRounding.AwayFromZero);
}
