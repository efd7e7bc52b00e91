using System.Resources;
using FeedbackBot.Conversations;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Testing.Slack;

/// <summary>
/// Dialogs for Slack host tests and the Slack benchmark, standing in for features that have not
/// landed: a text question under the slash command <c>decision-check</c>, a form (a card with an
/// input, so Slack opens a modal) under <c>feedback-request</c>, and a card-button confirmation
/// under the word <c>confirm</c>. <c>feedback-summary</c> and <c>service-statement</c> stay
/// unregistered, so they answer "not available yet". A feature that registered one of these words
/// already (the host's own <c>feedback-request</c>) is replaced in the test host.
/// </summary>
public static class SlackTestDialogs
{
    internal static readonly ResourceManager Texts = new("FeedbackBot.Testing.Slack.SlackTestStrings", typeof(SlackTestDialogs).Assembly);

    /// <summary>
    /// Registers the stand-ins. A real feature registered under the same command word gives way,
    /// so Slack plumbing tests keep their small, stable dialogs as features land.
    /// </summary>
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        string[] words = [DecisionEchoDialog.Command, FeedbackFormDialog.Command, ConfirmCardDialog.Command];
        foreach (var taken in services.Where(d => d.ImplementationInstance is DialogCommand command && words.Contains(command.Command, StringComparer.OrdinalIgnoreCase)).ToList())
        {
            services.Remove(taken);
        }

        AddStandIns(services);
    }

    private static void AddStandIns(IServiceCollection services) => services
        .AddDialog<DecisionEchoDialog>()
        .AddDialogCommand(new DialogCommand(DecisionEchoDialog.Command, DecisionEchoDialog.DialogId, Texts, "Slack.Decision.Description"))
        .AddDialog<FeedbackFormDialog>()
        .AddDialogCommand(new DialogCommand(FeedbackFormDialog.Command, FeedbackFormDialog.DialogId, Texts, "Slack.Form.Description"))
        .AddDialog<ConfirmCardDialog>()
        .AddDialogCommand(new DialogCommand(ConfirmCardDialog.Command, ConfirmCardDialog.DialogId, Texts, "Slack.Confirm.Description"));
}

/// <summary>The answer a <see cref="DecisionEchoDialog"/> collects.</summary>
public sealed record DecisionEchoState(string? Decision = null);

/// <summary>Asks "What did you decide?" (or takes the command's text as the answer) and echoes it.</summary>
public sealed class DecisionEchoDialog : WaterfallDialog<DecisionEchoState>
{
    public const string DialogId = "test-slack-decision";
    public const string Command = "decision-check";
    public const string Question = "What did you decide?";

    public DecisionEchoDialog()
        : base(DialogId)
    {
        AddPrompt((state, _) => state.Decision is null ? new TextPrompt(Question) : null, (state, decision) => state with { Decision = decision });
        AddStep((step, _) =>
        {
            step.Send($"Recorded: {step.State.Decision}");
            return Task.FromResult(step.EndDialog(step.State));
        });
    }

    protected override DecisionEchoState CreateInitialState(string? argument) => new(argument);
}

/// <summary>The answers a <see cref="FeedbackFormDialog"/> collects.</summary>
public sealed record FeedbackFormState(string? Email = null, bool? Send = null);

/// <summary>A form with one input (an email, validated), then a card-button confirmation.</summary>
public sealed class FeedbackFormDialog : WaterfallDialog<FeedbackFormState>
{
    public const string DialogId = "test-slack-form";
    public const string Command = "feedback-request";
    public const string FormTitle = "Feedback request";
    public const string InvalidEmail = "That doesn't look like an email address.";

    public FeedbackFormDialog()
        : base(DialogId)
    {
        AddPrompt((_, _) => new TextPrompt("Who should we ask for feedback?")
        {
            Card = new Card { Title = FormTitle, Inputs = [new TextCardInput(PromptInputIds.Answer, "Customer email", Placeholder: "name@example.com")] },
            Validator = email => email.Contains('@', StringComparison.Ordinal),
            RetryText = InvalidEmail,
        }, (state, email) => state with { Email = email });
        AddPrompt((state, _) => new ConfirmPrompt($"Send the request to {state.Email}?") { Style = ChoiceStyle.CardButtons }, (state, send) => state with { Send = send });
        AddStep((step, _) =>
        {
            step.Send(step.State.Send == true ? $"Requested feedback from {step.State.Email}." : "Not sent.");
            return Task.FromResult(step.EndDialog(step.State));
        });
    }

    protected override FeedbackFormState CreateInitialState(string? argument) => new();
}

/// <summary>The answer a <see cref="ConfirmCardDialog"/> collects.</summary>
public sealed record ConfirmCardState(bool? Confirmed = null);

/// <summary>One yes/no question as card buttons; the answered card is replaced, then the answer is echoed.</summary>
public sealed class ConfirmCardDialog : WaterfallDialog<ConfirmCardState>
{
    public const string DialogId = "test-slack-confirm";
    public const string Command = "confirm";
    public const string Question = "Shall I?";

    public ConfirmCardDialog()
        : base(DialogId)
    {
        AddPrompt((_, _) => new ConfirmPrompt(Question) { Style = ChoiceStyle.CardButtons }, (state, yes) => state with { Confirmed = yes });
        AddStep((step, _) =>
        {
            step.Send($"Confirmed: {(step.State.Confirmed == true ? "yes" : "no")}");
            return Task.FromResult(step.EndDialog(step.State));
        });
    }

    protected override ConfirmCardState CreateInitialState(string? argument) => new();
}
