using System.Globalization;
using System.Text;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Decisions;

namespace FeedbackBot.Conversations.Decisions;

/// <summary><c>/decision-check list</c>: the caller's recent checks, newest first, with their status.</summary>
internal static class DecisionList
{
    public const int MaxShown = 10;

    private static readonly string[] Words = ["list", "liste"];

    public static bool IsListCommand(string? argument) => Words.Contains(AnswerText.Normalize(argument), StringComparer.Ordinal);

    public static Reply Render(IReadOnlyList<DecisionRecord> records, CultureInfo culture)
    {
        if (records.Count == 0)
        {
            return Reply.FromText(DecisionTexts.Get(DecisionTexts.ListEmpty, culture));
        }

        var text = new StringBuilder($"**{DecisionTexts.Get(DecisionTexts.ListTitle, culture)}**");
        foreach (var record in records)
        {
            var summary = DecisionTexts.Format(
                DecisionTexts.ListSummary,
                culture,
                DecisionFormat.Date(record.CreatedAt, culture),
                DecisionFormat.Verdict(record.PredictedReaction, culture),
                DecisionTexts.Get(record.Recommendation.Go ? DecisionTexts.ListGo : DecisionTexts.ListRethink, culture),
                DecisionCard.Status(record.Status, culture));
            text.Append("\n- ").Append(DecisionTexts.Format(DecisionTexts.ListLine, culture, record.Decision, summary))
                .Append(" · ").Append(FollowUp(record, culture));
        }

        return Reply.FromText(text.ToString());
    }

    private static string FollowUp(DecisionRecord record, CultureInfo culture)
    {
        if (record.ActualReaction is { } actual)
        {
            return DecisionTexts.Format(DecisionTexts.ListActual, culture, DecisionFormat.Verdict(actual, culture));
        }

        if (record.Status == DecisionStatus.Drop)
        {
            return DecisionTexts.Get(DecisionTexts.ListNoFollowUp, culture);
        }

        return record.FollowUpSentAt is null
            ? DecisionTexts.Format(DecisionTexts.ListFollowUpDue, culture, DecisionFormat.Date(record.FollowUpDueAt, culture))
            : DecisionTexts.Get(DecisionTexts.ListFollowUpSent, culture);
    }
}
