using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Decisions;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// A teammate adds their own HIT/MISS prediction on a result card ("team input"): one per
/// person, a second click replaces it, and the card is updated in place for everyone.
/// </summary>
public sealed class DecisionPredictAction(IDecisionLog log) : ICardAction
{
    public string Name => DecisionActionIds.Predict;

    public async Task HandleAsync(CardActionContext action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var turn = action.Turn;
        var verdict = DecisionActionIds.ParseVerdict(action.Value(DecisionActionIds.VerdictKey));
        if (await DecisionClicks.FindAsync(action, log, verdict, ct).ConfigureAwait(false) is not { } record)
        {
            return;
        }

        if (record.OwnerId == turn.User.Id)
        {
            await action.SendAsync(Reply.FromText(DecisionTexts.Get(DecisionTexts.TeamOwnerAlready, action.Culture)), ct).ConfigureAwait(false);
            return;
        }

        var prediction = new TeamPrediction(turn.User.Id, turn.User.Name, verdict!.Value, action.Time.GetUtcNow());
        var updated = await log.UpdateAsync(turn.Tenant, record.Id, r => r.WithTeamPrediction(prediction), ct).ConfigureAwait(false) ?? record;
        await action.UpdateClickedCardAsync(new Reply { Card = DecisionCard.Render(updated, isGroup: true, action.Culture), Shared = true }, ct).ConfigureAwait(false);
    }
}
