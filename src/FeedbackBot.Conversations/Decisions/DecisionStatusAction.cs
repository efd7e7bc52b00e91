using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Decisions;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>The owner records on the result card what they will do: proceed, revise or drop. Only the owner may.</summary>
public sealed class DecisionStatusAction(IDecisionLog log, IOptions<FeedbackBotOptions> options) : ICardAction
{
    public string Name => DecisionActionIds.Status;

    public async Task HandleAsync(CardActionContext action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var turn = action.Turn;
        var status = DecisionActionIds.ParseStatus(action.Value(DecisionActionIds.StatusKey));
        if (await DecisionClicks.FindAsync(action, log, status, ct).ConfigureAwait(false) is not { } record)
        {
            return;
        }

        if (record.OwnerId != turn.User.Id)
        {
            var owner = record.OwnerName ?? record.OwnerId;
            await action.SendAsync(Reply.FromText(DecisionTexts.Format(DecisionTexts.StatusOwnerOnly, action.Culture, owner)), ct).ConfigureAwait(false);
            return;
        }

        var updated = await log.UpdateAsync(turn.Tenant, record.Id, r => r with { Status = status!.Value }, ct).ConfigureAwait(false) ?? record;
        await action.UpdateClickedCardAsync(new Reply { Card = DecisionCard.Render(updated, turn.IsGroup, action.Culture), Shared = true }, ct).ConfigureAwait(false);
        var days = Math.Max(0, (int)Math.Ceiling((updated.FollowUpDueAt - action.Time.GetUtcNow()).TotalDays));
        var text = status == DecisionStatus.Drop
            ? DecisionTexts.Get(DecisionTexts.StatusRecordedDrop, action.Culture)
            : DecisionTexts.Format(DecisionTexts.StatusRecorded, action.Culture, DecisionCard.Status(status!.Value, action.Culture), days > 0 ? days : options.Value.DecisionFollowUpDays);
        await action.SendAsync(Reply.FromText(text), ct).ConfigureAwait(false);
    }
}
