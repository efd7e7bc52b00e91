using System.Globalization;
using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>The follow-up question sent to a check's owner: "How did customers actually react?" HIT or MISS.</summary>
internal static class DecisionFollowUpCard
{
    public static Card Render(DecisionRecord record, CultureInfo culture) => new()
    {
        Title = DecisionTexts.Get(DecisionTexts.FollowUpTitle, culture),
        Text = DecisionTexts.Format(
            DecisionTexts.FollowUpText,
            culture,
            DecisionFormat.Date(record.CreatedAt, culture),
            record.Decision,
            DecisionFormat.Verdict(record.PredictedReaction, culture)),
        Buttons = [Button(record, Verdict.Hit, ButtonStyle.Positive, culture), Button(record, Verdict.Miss, ButtonStyle.Destructive, culture)],
    };

    private static CardButton Button(DecisionRecord record, Verdict verdict, ButtonStyle style, CultureInfo culture) =>
        new(DecisionFormat.Verdict(verdict, culture), new Dictionary<string, string>
        {
            [CardActionKeys.Action] = DecisionActionIds.Actual,
            [DecisionActionIds.DecisionKey] = record.Id,
            [DecisionActionIds.VerdictKey] = DecisionActionIds.Of(verdict),
        }, style);
}
