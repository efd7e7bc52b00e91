using System.Globalization;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;

namespace FeedbackBot.Conversations.Tests.Support;

public sealed record FailingState(string? Answer = null);

/// <summary>A dialog whose step after the first answer throws: a bug in a feature dialog.</summary>
internal sealed class FailingDialog : WaterfallDialog<FailingState>
{
    public const string DialogId = "test-failing";

    public FailingDialog()
        : base(DialogId)
    {
        AddPrompt(Ask, (state, answer) => state with { Answer = answer });
        AddStep(FailAsync);
    }

    protected override FailingState CreateInitialState(string? argument) => new();

    private static TextPrompt Ask(FailingState state, CultureInfo culture) => new(TestDialogTexts.Get("Pair.AskFirst", culture));

    private static Task<StepResult> FailAsync(WaterfallStepContext<FailingState> step, CancellationToken ct)
    {
        step.Send("half-done work that must not be shown");
        throw new InvalidOperationException("bug in a step");
    }
}
