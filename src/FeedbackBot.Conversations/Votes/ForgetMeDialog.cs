using System.Globalization;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// "Forget me": after a confirmation, the customer's comments and identity are erased from every
/// request and vote (verdicts stay as anonymous counts) and they are not asked again.
/// </summary>
public sealed class ForgetMeDialog : WaterfallDialog<ForgetMeState>
{
    public const string DialogId = "forget-me";

    private readonly CustomerOf customers;
    private readonly CustomerPrivacy privacy;

    public ForgetMeDialog(CustomerOf customers, CustomerPrivacy privacy)
        : base(DialogId)
    {
        this.customers = customers;
        this.privacy = privacy;
        AddStep(IdentifyAsync);
        AddPrompt(Confirm, (state, yes) => state with { Confirmed = yes });
        AddStep(ForgetAsync);
    }

    protected override ForgetMeState CreateInitialState(string? argument) => new();

    private async Task<StepResult> IdentifyAsync(WaterfallStepContext<ForgetMeState> step, CancellationToken ct)
    {
        if (await customers.ResolveAsync(step.Turn, ct) is not { } customer)
        {
            step.Send(VoteTexts.Get(VoteTexts.VoteInvalid, step.Culture));
            return step.EndDialog();
        }

        return step.Next(new ForgetMeState { Tenant = customer.Tenant, CustomerId = customer.CustomerId });
    }

    private static ConfirmPrompt Confirm(ForgetMeState state, CultureInfo culture) =>
        new(VoteTexts.Get(VoteTexts.ForgetMeConfirm, culture)) { Style = ChoiceStyle.CardButtons };

    private async Task<StepResult> ForgetAsync(WaterfallStepContext<ForgetMeState> step, CancellationToken ct)
    {
        if (step.State.Confirmed != true)
        {
            step.Send(VoteTexts.Get(VoteTexts.ForgetMeKept, step.Culture));
            return step.EndDialog();
        }

        var forgotten = await privacy.ForgetAsync(step.State.Tenant!, step.State.CustomerId!, ct);
        step.Send(VoteTexts.Format(VoteTexts.ForgetMeDone, step.Culture, forgotten));
        return step.EndDialog();
    }
}

/// <summary>Whom to forget, and whether they confirmed.</summary>
public sealed record ForgetMeState
{
    public string? Tenant { get; init; }

    public string? CustomerId { get; init; }

    public bool? Confirmed { get; init; }
}
