using System.Globalization;
using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// The result card of a decision check: the decision, the answers, the evidence, the
/// recommendation (go, or rethink naming the answers that drove it), the owner's choice, the
/// team's predictions and, once the loop closed, the actual reaction. Rendered afresh from the
/// record whenever it changes, so the card updated in place always shows the stored truth.
/// </summary>
internal static class DecisionCard
{
    public static Card Render(DecisionRecord record, bool isGroup, CultureInfo culture)
    {
        var recommendation = record.Recommendation;
        var facts = new List<CardFact>
        {
            new(DecisionTexts.Get(DecisionTexts.FactDecision, culture), record.Decision),
        };
        if (record.OwnerName is { Length: > 0 } owner)
        {
            facts.Add(new(DecisionTexts.Get(DecisionTexts.FactOwner, culture), owner));
        }

        facts.Add(new(DecisionTexts.Get(DecisionTexts.FactElements, culture), Elements(record, culture)));
        facts.Add(new(DecisionTexts.Get(DecisionTexts.FactReaction, culture),
            DecisionFormat.WithReason(DecisionFormat.Verdict(record.PredictedReaction, culture), record.ReactionReason, culture)));
        facts.Add(new(DecisionTexts.Get(DecisionTexts.FactValue, culture),
            DecisionFormat.WithReason(DecisionFormat.YesNo(record.FindsValue, culture), record.ValueReason, culture)));
        facts.Add(new(DecisionTexts.Get(DecisionTexts.FactAsked, culture), DecisionFormat.YesNo(record.CustomersAsked, culture)));
        facts.Add(new(DecisionTexts.Get(DecisionTexts.FactEvidence, culture), DecisionFormat.EvidenceSummary(record.Evidence, culture)));
        facts.Add(new(DecisionTexts.Get(DecisionTexts.FactStatement, culture), Statement(record, culture)));
        if (isGroup || record.TeamPredictions.Count > 0)
        {
            facts.Add(new(DecisionTexts.Get(DecisionTexts.FactTeam, culture), Team(record, culture)));
        }

        facts.Add(new(DecisionTexts.Get(DecisionTexts.FactStatus, culture), Status(record.Status, culture)));
        if (record.ActualReaction is { } actual)
        {
            facts.Add(new(DecisionTexts.Get(DecisionTexts.FactActual, culture), DecisionFormat.Verdict(actual, culture)));
        }

        return new Card
        {
            Title = DecisionTexts.Get(recommendation.Go ? DecisionTexts.ResultGo : DecisionTexts.ResultRethink, culture),
            Text = Reasons(recommendation, culture),
            Facts = facts,
            Buttons = Buttons(record, isGroup, culture),
        };
    }

    public static string Reasons(DecisionRecommendation recommendation, CultureInfo culture)
    {
        if (recommendation.Go)
        {
            return DecisionTexts.Get(DecisionTexts.ResultGoReason, culture);
        }

        var reasons = new List<string>();
        if (recommendation.Reasons.HasFlag(RethinkReasons.PredictedMiss))
        {
            reasons.Add(DecisionTexts.Get(DecisionTexts.ReasonPredictedMiss, culture));
        }

        if (recommendation.Reasons.HasFlag(RethinkReasons.NoValue))
        {
            reasons.Add(DecisionTexts.Get(DecisionTexts.ReasonNoValue, culture));
        }

        if (recommendation.Reasons.HasFlag(RethinkReasons.BreaksStatement))
        {
            reasons.Add(DecisionTexts.Get(DecisionTexts.ReasonBreaksStatement, culture));
        }

        return DecisionTexts.Format(DecisionTexts.ResultRethinkBecause, culture, string.Join("; ", reasons));
    }

    public static string Status(DecisionStatus status, CultureInfo culture) => DecisionTexts.Get(status switch
    {
        DecisionStatus.Proceed => DecisionTexts.StatusProceed,
        DecisionStatus.Revise => DecisionTexts.StatusRevise,
        DecisionStatus.Drop => DecisionTexts.StatusDrop,
        _ => DecisionTexts.StatusPending,
    }, culture);

    private static string Elements(DecisionRecord record, CultureInfo culture)
    {
        var names = record.Elements.Select(id => record.Evidence.FirstOrDefault(e => e.ElementId == id)?.ElementName ?? id).ToList();
        if (record.OtherElement is { Length: > 0 } other)
        {
            names.Add(other);
        }

        return names.Count > 0 ? string.Join(", ", names) : "–";
    }

    private static string Statement(DecisionRecord record, CultureInfo culture) => record.HonoursStatement switch
    {
        true => DecisionTexts.Get(DecisionTexts.StatementHonoured, culture),
        false => DecisionTexts.Get(DecisionTexts.StatementNotHonoured, culture),
        null => DecisionTexts.Get(DecisionTexts.StatementNone, culture),
    };

    private static string Team(DecisionRecord record, CultureInfo culture)
    {
        if (record.TeamPredictions.Count == 0)
        {
            return DecisionTexts.Get(DecisionTexts.TeamNone, culture);
        }

        var hits = record.TeamPredictions.Count(p => p.Prediction == Verdict.Hit);
        var who = string.Join(", ", record.TeamPredictions.Select(p => $"{p.UserName ?? p.UserId}: {DecisionFormat.Verdict(p.Prediction, culture)}"));
        return DecisionTexts.Format(DecisionTexts.TeamCounts, culture, hits, record.TeamPredictions.Count - hits, who);
    }

    private static List<CardButton> Buttons(DecisionRecord record, bool isGroup, CultureInfo culture)
    {
        var buttons = new List<CardButton>
        {
            StatusButton(record, DecisionStatus.Proceed, DecisionTexts.StatusProceed, ButtonStyle.Positive, culture),
            StatusButton(record, DecisionStatus.Revise, DecisionTexts.StatusRevise, ButtonStyle.Default, culture),
            StatusButton(record, DecisionStatus.Drop, DecisionTexts.StatusDrop, ButtonStyle.Destructive, culture),
        };
        if (isGroup)
        {
            buttons.Add(PredictButton(record, Verdict.Hit, DecisionTexts.TeamPredictHit, culture));
            buttons.Add(PredictButton(record, Verdict.Miss, DecisionTexts.TeamPredictMiss, culture));
        }

        return buttons;
    }

    private static CardButton StatusButton(DecisionRecord record, DecisionStatus status, string titleKey, ButtonStyle style, CultureInfo culture) =>
        new(DecisionTexts.Get(titleKey, culture), new Dictionary<string, string>
        {
            [CardActionKeys.Action] = DecisionActionIds.Status,
            [DecisionActionIds.DecisionKey] = record.Id,
            [DecisionActionIds.StatusKey] = DecisionActionIds.Of(status),
        }, style);

    private static CardButton PredictButton(DecisionRecord record, Verdict verdict, string titleKey, CultureInfo culture) =>
        new(DecisionTexts.Get(titleKey, culture), new Dictionary<string, string>
        {
            [CardActionKeys.Action] = DecisionActionIds.Predict,
            [DecisionActionIds.DecisionKey] = record.Id,
            [DecisionActionIds.VerdictKey] = DecisionActionIds.Of(verdict),
        });
}
