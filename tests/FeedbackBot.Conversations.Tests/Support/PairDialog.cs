using System.Globalization;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;

namespace FeedbackBot.Conversations.Tests.Support;

public sealed record PairState(string? First = null, string? Second = null);

/// <summary>Two free-text answers in a row: the smallest dialog where a lost update shows.</summary>
internal sealed class PairDialog : WaterfallDialog<PairState>
{
    public const string DialogId = "test-pair";

    private readonly CompletedDialogs completed;

    public PairDialog(CompletedDialogs completed)
        : base(DialogId)
    {
        this.completed = completed;
        AddPrompt(AskFirst, (state, first) => state with { First = first });
        AddPrompt(AskSecond, (state, second) => state with { Second = second });
        AddStep(FinishAsync);
    }

    protected override PairState CreateInitialState(string? argument) => new();

    private static TextPrompt AskFirst(PairState state, CultureInfo culture) => new(TestDialogTexts.Get("Pair.AskFirst", culture));

    private static TextPrompt AskSecond(PairState state, CultureInfo culture) => new(TestDialogTexts.Get("Pair.AskSecond", culture));

    private Task<StepResult> FinishAsync(WaterfallStepContext<PairState> step, CancellationToken ct)
    {
        completed.Add(step.State);
        step.Send(TestDialogTexts.Format("Pair.Done", step.Culture, step.State.First, step.State.Second));
        return Task.FromResult(step.EndDialog(step.State));
    }
}
