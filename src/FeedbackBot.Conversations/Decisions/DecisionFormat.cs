using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>How decision-check values read in chat, in the user's language.</summary>
internal static class DecisionFormat
{
    public static string Verdict(Verdict verdict, CultureInfo culture) =>
        DecisionTexts.Get(verdict == Core.Votes.Verdict.Hit ? DecisionTexts.VerdictHit : DecisionTexts.VerdictMiss, culture);

    public static string YesNo(bool yes, CultureInfo culture) =>
        DecisionTexts.Get(yes ? DecisionTexts.AnswerYes : DecisionTexts.AnswerNo, culture);

    public static string WithReason(string answer, string reason, CultureInfo culture) =>
        DecisionTexts.Format(DecisionTexts.AnswerWithReason, culture, answer, reason);

    public static string Date(DateTimeOffset instant, CultureInfo culture) => instant.ToString("d", culture);

    /// <summary>The evidence as a card: one fact per touched element, or a plain "no data yet".</summary>
    public static Card EvidenceCard(IReadOnlyList<ElementEvidence> evidence, CultureInfo culture) => new()
    {
        Title = DecisionTexts.Get(DecisionTexts.EvidenceTitle, culture),
        Text = evidence.Any(e => e.HasData) ? null : DecisionTexts.Get(DecisionTexts.EvidenceNone, culture),
        Facts = evidence.Any(e => e.HasData) ? [.. evidence.Select(e => new CardFact(e.ElementName, Evidence(e, culture)))] : [],
    };

    /// <summary>All evidence in one line per element, for the result card.</summary>
    public static string EvidenceSummary(IReadOnlyList<ElementEvidence> evidence, CultureInfo culture) =>
        evidence.Any(e => e.HasData)
            ? string.Join("\n", evidence.Select(e => $"{e.ElementName}: {Evidence(e, culture)}"))
            : DecisionTexts.Get(DecisionTexts.EvidenceNone, culture);

    private static string Evidence(ElementEvidence e, CultureInfo culture)
    {
        var votes = e.HitRatePercent is { } rate
            ? DecisionTexts.Format(DecisionTexts.EvidenceVotes, culture, rate, e.Hits, e.Misses)
            : DecisionTexts.Get(DecisionTexts.EvidenceNoVotes, culture);
        var ranked = e.Rankings > 0
            ? DecisionTexts.Format(DecisionTexts.EvidenceRankings, culture, e.RankedCrucial, e.RankedImportant, e.RankedNiceToHave, e.RankedNotImportant)
            : DecisionTexts.Get(DecisionTexts.EvidenceNoRankings, culture);
        return $"{votes}; {ranked}";
    }
}
