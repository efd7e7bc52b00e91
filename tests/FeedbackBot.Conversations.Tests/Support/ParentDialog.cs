using FeedbackBot.Conversations.Dialogs;

namespace FeedbackBot.Conversations.Tests.Support;

public sealed record ParentState(bool Started = false);

/// <summary>Begins <see cref="PairDialog"/> as a child and reports the pair it returns.</summary>
internal sealed class ParentDialog : WaterfallDialog<ParentState>
{
    public const string DialogId = "test-parent";

    public ParentDialog()
        : base(DialogId)
    {
        AddStep(StartPairAsync);
        AddStep(ReportPairAsync);
    }

    protected override ParentState CreateInitialState(string? argument) => new();

    private static Task<StepResult> StartPairAsync(WaterfallStepContext<ParentState> step, CancellationToken ct) =>
        Task.FromResult(step.BeginDialog(PairDialog.DialogId, state: step.State with { Started = true }));

    private static Task<StepResult> ReportPairAsync(WaterfallStepContext<ParentState> step, CancellationToken ct)
    {
        var pair = (PairState)step.ChildResult!;
        step.Send(TestDialogTexts.Format("Parent.Done", step.Culture, pair.First, pair.Second));
        return Task.FromResult(step.EndDialog());
    }
}
