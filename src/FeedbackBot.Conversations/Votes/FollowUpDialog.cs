using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// The "I'll follow up" button on a MISS alert: the first teammate to click takes it (recorded on
/// the vote), and the alert card is replaced so the channel sees who did.
/// </summary>
public sealed class FollowUpDialog : WaterfallDialog<FollowUpState>
{
    public const string DialogId = "follow-up";

    private readonly VoteDesk desk;

    public FollowUpDialog(VoteDesk desk)
        : base(DialogId)
    {
        this.desk = desk;
        AddStep(TakeAsync);
    }

    protected override FollowUpState CreateInitialState(string? argument) => new();

    private async Task<StepResult> TakeAsync(WaterfallStepContext<FollowUpState> step, CancellationToken ct)
    {
        // The alert's button carries the request's signed ticket; past expiry it still names the interaction.
        // Taking a follow-up is staff work, so only staff of the request's own tenant may: a ticket is
        // easy to come by (every survey link of the customer carries it), and a click with another
        // tenant's ticket would otherwise mark that tenant's vote and show who there follows it up.
        var status = desk.ReadTicket(step.Turn.Values.GetValueOrDefault(VoteIds.Ticket), out var ticket);
        if (status is not (SurveyTokenStatus.Valid or SurveyTokenStatus.Expired) || !string.Equals(ticket!.Tenant, step.Turn.Tenant, StringComparison.Ordinal))
        {
            step.Send(VoteTexts.Get(VoteTexts.AlertGone, step.Culture));
            return step.EndDialog();
        }

        var staff = step.Turn.User.Name is { Length: > 0 } name ? name : step.Turn.User.Id;
        var outcome = await desk.TakeFollowUpAsync(ticket.Tenant, ticket.InteractionId, staff, ct);
        if (outcome is not { Status: VoteStatus.Accepted, Vote: { } vote })
        {
            step.Send(VoteTexts.Get(VoteTexts.AlertGone, step.Culture));
            return step.EndDialog();
        }

        var taken = VoteTexts.Format(vote.FollowUpBy == staff ? VoteTexts.AlertTakenBy : VoteTexts.AlertAlreadyTaken, step.Culture, vote.FollowUpBy);
        if (vote.FollowUpBy == staff && step.Turn.SourceMessageId is { Length: > 0 } alert)
        {
            step.Update(alert, new Reply { Card = MissAlertCard.Render(vote, outcome.Request!, null, step.Culture) });
        }

        step.Send(taken);
        return step.EndDialog();
    }
}

/// <summary>The follow-up dialog has nothing to remember between turns.</summary>
public sealed record FollowUpState;
