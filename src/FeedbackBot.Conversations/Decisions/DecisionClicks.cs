using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Decisions;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>The decision a click on a decision card names, shared by the card's actions.</summary>
internal static class DecisionClicks
{
    /// <summary>
    /// The record the button's data names, or <c>null</c> after telling the clicker it is gone.
    /// A button whose <paramref name="choice"/> did not parse (button data is user input) counts
    /// as naming nothing.
    /// </summary>
    public static async Task<DecisionRecord?> FindAsync<TChoice>(CardActionContext action, IDecisionLog log, TChoice? choice, CancellationToken ct)
        where TChoice : struct
    {
        var id = action.Value(DecisionActionIds.DecisionKey);
        var record = id is null || choice is null ? null : await log.FindAsync(action.Turn.Tenant, id, ct).ConfigureAwait(false);
        if (record is null)
        {
            await action.SendAsync(Reply.FromText(DecisionTexts.Get(DecisionTexts.NotFound, action.Culture)), ct).ConfigureAwait(false);
        }

        return record;
    }
}
