using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>"Stop asking me": the customer gets no more feedback requests.</summary>
public sealed class StopAskingDialog : WaterfallDialog<StopAskingState>
{
    public const string DialogId = "stop-asking";

    private readonly CustomerOf customers;
    private readonly CustomerPrivacy privacy;

    public StopAskingDialog(CustomerOf customers, CustomerPrivacy privacy)
        : base(DialogId)
    {
        this.customers = customers;
        this.privacy = privacy;
        AddStep(StopAsync);
    }

    protected override StopAskingState CreateInitialState(string? argument) => new();

    private async Task<StepResult> StopAsync(WaterfallStepContext<StopAskingState> step, CancellationToken ct)
    {
        if (await customers.ResolveAsync(step.Turn, ct) is not { } customer)
        {
            step.Send(VoteTexts.Get(VoteTexts.VoteInvalid, step.Culture));
            return step.EndDialog();
        }

        await privacy.StopAskingAsync(customer.Tenant, customer.CustomerId, ct);
        step.Send(VoteTexts.Get(VoteTexts.StopAskingDone, step.Culture));
        return step.EndDialog();
    }
}

/// <summary>The stop-asking dialog has nothing to remember between turns.</summary>
public sealed record StopAskingState;
