using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Decisions;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// The owner answers the follow-up, "How did customers actually react?": the verdict is stored
/// with the decision (a second answer replaces the first) and the question card shows the answer.
/// </summary>
public sealed class DecisionActualAction(IDecisionLog log) : ICardAction
{
    public string Name => DecisionActionIds.Actual;

    public async Task HandleAsync(CardActionContext action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var turn = action.Turn;
        var verdict = DecisionActionIds.ParseVerdict(action.Value(DecisionActionIds.VerdictKey));
        if (await DecisionClicks.FindAsync(action, log, verdict, ct).ConfigureAwait(false) is not { } record)
        {
            return;
        }

        if (record.OwnerId != turn.User.Id)
        {
            await action.SendAsync(Reply.FromText(DecisionTexts.Format(DecisionTexts.FollowUpOwnerOnly, action.Culture, record.OwnerName ?? record.OwnerId)), ct).ConfigureAwait(false);
            return;
        }

        var updated = await log.UpdateAsync(turn.Tenant, record.Id, r => r.WithActualReaction(verdict!.Value, action.Time.GetUtcNow()), ct).ConfigureAwait(false) ?? record;
        var culture = action.Culture;
        var asPredicted = updated.ActualReaction == updated.PredictedReaction;
        var answer = DecisionTexts.Format(
            DecisionTexts.FollowUpRecorded,
            culture,
            DecisionFormat.Verdict(verdict!.Value, culture),
            DecisionTexts.Get(asPredicted ? DecisionTexts.FollowUpAsPredicted : DecisionTexts.FollowUpNotAsPredicted, culture));
        await action.UpdateClickedCardAsync(new Reply { Card = DecisionFollowUpCard.Render(updated, culture) with { Buttons = [], Text = answer } }, ct).ConfigureAwait(false);
    }
}
