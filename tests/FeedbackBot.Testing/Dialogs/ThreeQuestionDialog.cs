using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Testing.Dialogs;

/// <summary>The answers <see cref="ThreeQuestionDialog"/> collects.</summary>
public sealed record ThreeQuestionState(string? Name = null, string? Colour = null, bool? Subscribe = null);

/// <summary>
/// A three-prompt waterfall (text → choice → confirm) for host tests and the load benchmark: the
/// foundation has no feature dialog of its own yet, and this one exercises every prompt kind and
/// the state persistence between turns. Started by the command <c>three</c>; ends by echoing all
/// answers, so a test can see every step's state survived.
/// </summary>
public sealed class ThreeQuestionDialog : WaterfallDialog<ThreeQuestionState>
{
    public const string DialogId = "test-three-questions";
    public const string Command = "three";

    private static readonly ResourceManager Texts = new("FeedbackBot.Testing.Dialogs.ThreeQuestionStrings", typeof(ThreeQuestionDialog).Assembly);

    public ThreeQuestionDialog()
        : base(DialogId)
    {
        AddPrompt(AskName, (state, name) => state with { Name = name });
        AddPrompt(AskColour, (state, colour) => state with { Colour = colour.Value });
        AddPrompt(AskSubscribe, (state, yes) => state with { Subscribe = yes });
        AddStep(FinishAsync);
    }

    /// <summary>Registers the dialog and its command on a host's services.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddDialog<ThreeQuestionDialog>().AddDialogCommand(new DialogCommand(Command, DialogId, Texts, "Three.Description"));

    protected override ThreeQuestionState CreateInitialState(string? argument) => new();

    private static TextPrompt AskName(ThreeQuestionState state, CultureInfo culture) => new(Text("Three.AskName", culture));

    private static ChoicePrompt AskColour(ThreeQuestionState state, CultureInfo culture) =>
        new(Text("Three.AskColour", culture), [new Choice("red", "Red"), new Choice("blue", "Blue"), new Choice("green", "Green")]);

    private static ConfirmPrompt AskSubscribe(ThreeQuestionState state, CultureInfo culture) =>
        new(Text("Three.AskSubscribe", culture)) { Style = ChoiceStyle.CardButtons };

    private Task<StepResult> FinishAsync(WaterfallStepContext<ThreeQuestionState> step, CancellationToken ct)
    {
        var state = step.State;
        step.Send(string.Format(step.Culture, Text("Three.Done", step.Culture), state.Name, state.Colour, state.Subscribe == true ? "yes" : "no"));
        return Task.FromResult(step.EndDialog(state));
    }

    private static string Text(string key, CultureInfo culture) => Texts.GetString(key, culture) ?? key;
}
