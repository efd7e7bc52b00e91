using System.Globalization;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;

namespace FeedbackBot.Conversations.Tests.Support;

public sealed record SurveyState(string? Name = null, string? Colour = null, bool? KeepPosted = null);

/// <summary>
/// The three-prompt test waterfall: text (name, at most 20 characters, skipped when the command
/// carried it) → choice (colour, quick replies) → confirm (card buttons) → store and thank.
/// </summary>
internal sealed class SurveyDialog : WaterfallDialog<SurveyState>
{
    public const string DialogId = "test-survey";

    private readonly CompletedDialogs completed;

    public SurveyDialog(CompletedDialogs completed)
        : base(DialogId)
    {
        this.completed = completed;
        AddPrompt(AskName, (state, name) => state with { Name = name });
        AddPrompt(AskColour, (state, colour) => state with { Colour = colour.Value });
        AddPrompt(AskKeepPosted, (state, keepPosted) => state with { KeepPosted = keepPosted });
        AddStep(FinishAsync);
    }

    protected override SurveyState CreateInitialState(string? argument) => new(Name: argument);

    protected override string? GetHelpText(SurveyState state, CultureInfo culture) => TestDialogTexts.Get("Survey.Help", culture);

    private static TextPrompt? AskName(SurveyState state, CultureInfo culture) =>
        state.Name is not null
            ? null
            : new TextPrompt(TestDialogTexts.Get("Survey.AskName", culture))
            {
                Validator = name => name.Length <= 20,
                RetryText = TestDialogTexts.Get("Survey.NameTooLong", culture),
            };

    private static ChoicePrompt AskColour(SurveyState state, CultureInfo culture) =>
        new(
            TestDialogTexts.Get("Survey.AskColour", culture),
            [
                new Choice("red", TestDialogTexts.Get("Survey.Colour.Red", culture)),
                new Choice("blue", TestDialogTexts.Get("Survey.Colour.Blue", culture)) { Synonyms = ["navy"] },
                new Choice("green", TestDialogTexts.Get("Survey.Colour.Green", culture)),
            ]);

    private static ConfirmPrompt AskKeepPosted(SurveyState state, CultureInfo culture) =>
        new(TestDialogTexts.Get("Survey.AskSubscribe", culture)) { Style = ChoiceStyle.CardButtons };

    private Task<StepResult> FinishAsync(WaterfallStepContext<SurveyState> step, CancellationToken ct)
    {
        completed.Add(step.State);
        step.Send(TestDialogTexts.Format("Survey.Done", step.Culture, step.State.Name));
        return Task.FromResult(step.EndDialog(step.State));
    }
}
