using System.Globalization;
using System.Text.Json;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// A dialog made of steps run in order, with typed state <typeparamref name="TState"/> (a record)
/// stored in the frame between turns. Two kinds of step, added in the constructor:
/// <list type="bullet">
/// <item><see cref="AddPrompt{TAnswer}"/>: asks a question and folds the valid answer into the state.</item>
/// <item><see cref="AddStep"/>: acts, then advances, ends the dialog, begins a child or cancels.</item>
/// </list>
/// Running off the last step ends the dialog with the state as its result. The user may say
/// "help" (explains and re-asks) and "back" (re-asks the previous question) at any prompt.
/// </summary>
public abstract class WaterfallDialog<TState> : IDialog
    where TState : class
{
    private readonly List<WaterfallStep<TState>> steps = [];

    protected WaterfallDialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    public Task<DialogTurnResult> BeginAsync(DialogContext dialog, string? argument, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return RunFromAsync(dialog, 0, CreateInitialState(argument), null, [], ct);
    }

    public async Task<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var (step, state, prompt) = CurrentPrompt(dialog.Frame, dialog.Culture);
        var answer = step.TryAnswer(prompt, state, dialog.Turn, dialog.Culture);
        if (answer is not null)
        {
            ReplaceAnsweredCard(dialog, prompt, answer.Description);
            var history = dialog.Frame.History.Append(new DialogStepSnapshot(dialog.Frame.Step, dialog.Frame.State)).ToList();
            return await RunFromAsync(dialog, dialog.Frame.Step + 1, answer.State, null, history, ct).ConfigureAwait(false);
        }

        if (dialog.Frame.Retries >= prompt.MaxRetries)
        {
            dialog.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.TooManyRetries, dialog.Culture)));
            return DialogTurnResult.CancelAll();
        }

        Reask(dialog, prompt);
        return DialogTurnResult.Waiting(dialog.Frame with { Retries = dialog.Frame.Retries + 1 });
    }

    public Task<DialogTurnResult> ResumeAsync(DialogContext dialog, object? childResult, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var frame = dialog.Frame;
        if (frame.AwaitingAnswer || frame.Step < 0 || frame.Step >= steps.Count || steps[frame.Step] is not ActionStep<TState>)
        {
            throw new DialogStateException($"Dialog '{Id}' cannot resume at step {frame.Step}.");
        }

        return RunFromAsync(dialog, frame.Step + 1, ReadState(frame), childResult, frame.History, ct);
    }

    public Task<DialogTurnResult> HelpAsync(DialogContext dialog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var (_, state, prompt) = CurrentPrompt(dialog.Frame, dialog.Culture);
        var help = prompt.HelpText
            ?? GetHelpText(state, dialog.Culture)
            ?? ConversationTexts.Get(ConversationTexts.DialogHelp, dialog.Culture);
        dialog.Send(Reply.FromText(help));
        dialog.Send(prompt.Render(dialog.Culture));
        return Task.FromResult(DialogTurnResult.Waiting(dialog.Frame));
    }

    public Task<DialogTurnResult> BackAsync(DialogContext dialog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var (_, _, prompt) = CurrentPrompt(dialog.Frame, dialog.Culture);
        var history = dialog.Frame.History;
        if (history.Count == 0)
        {
            dialog.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.CannotGoBack, dialog.Culture)));
            dialog.Send(prompt.Render(dialog.Culture));
            return Task.FromResult(DialogTurnResult.Waiting(dialog.Frame));
        }

        // The previous question comes back in the state it was first asked in, so its old answer
        // (and anything later steps derived from it) is forgotten, and a question that is skipped
        // once answered is asked again.
        var previous = history[^1];
        var frame = dialog.Frame with { Step = previous.Step, State = previous.State, Retries = 0, History = [.. history.Take(history.Count - 1)] };
        var (_, _, previousPrompt) = CurrentPrompt(frame, dialog.Culture);
        dialog.Send(previousPrompt.Render(dialog.Culture));
        return Task.FromResult(DialogTurnResult.Waiting(frame));
    }

    /// <summary>The state a new run starts with; <paramref name="argument"/> is the text after the command word.</summary>
    protected abstract TState CreateInitialState(string? argument);

    /// <summary>Help for the current question when the prompt has none; <c>null</c> for the engine's generic help.</summary>
    protected virtual string? GetHelpText(TState state, CultureInfo culture) => null;

    /// <summary>Adds an action step.</summary>
    protected void AddStep(WaterfallStepHandler<TState> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        steps.Add(new ActionStep<TState>(step));
    }

    /// <summary>
    /// Adds a question. <paramref name="createPrompt"/> must depend only on the state and culture
    /// (it runs again to check the answer) and may return <c>null</c> to skip the question;
    /// <paramref name="applyAnswer"/> returns the state with the valid answer in it.
    /// </summary>
    protected void AddPrompt<TAnswer>(Func<TState, CultureInfo, Prompt<TAnswer>?> createPrompt, Func<TState, TAnswer, TState> applyAnswer)
    {
        ArgumentNullException.ThrowIfNull(createPrompt);
        ArgumentNullException.ThrowIfNull(applyAnswer);
        steps.Add(new PromptStep<TState, TAnswer>(createPrompt, applyAnswer));
    }

    private async Task<DialogTurnResult> RunFromAsync(
        DialogContext dialog, int index, TState state, object? childResult, IReadOnlyList<DialogStepSnapshot> history, CancellationToken ct)
    {
        for (; index < steps.Count; index++)
        {
            if (steps[index] is PromptStep<TState> promptStep)
            {
                if (promptStep.Create(state, dialog.Culture) is not { } prompt)
                {
                    continue;
                }

                dialog.Send(prompt.Render(dialog.Culture));
                return DialogTurnResult.Waiting(Frame(index, state, history, awaitingAnswer: true));
            }

            var action = (ActionStep<TState>)steps[index];
            var result = await action.Handler(new WaterfallStepContext<TState>(dialog, state, childResult), ct).ConfigureAwait(false);
            childResult = null;
            var updated = result.State is null ? state : (TState)result.State;
            switch (result.Kind)
            {
                case StepResultKind.Next:
                    state = updated;
                    break;
                case StepResultKind.End:
                    return DialogTurnResult.Ended(result.Result);
                case StepResultKind.BeginChild:
                    return DialogTurnResult.BeginChild(Frame(index, updated, history, awaitingAnswer: false), result.ChildDialogId!, result.Argument);
                default:
                    return DialogTurnResult.CancelAll();
            }
        }

        return DialogTurnResult.Ended(state);
    }

    private (PromptStep<TState> Step, TState State, Prompt Prompt) CurrentPrompt(DialogFrame frame, CultureInfo culture)
    {
        if (!frame.AwaitingAnswer || frame.Step < 0 || frame.Step >= steps.Count || steps[frame.Step] is not PromptStep<TState> step)
        {
            throw new DialogStateException($"Dialog '{Id}' has no question at step {frame.Step}.");
        }

        var state = ReadState(frame);
        var prompt = step.Create(state, culture)
            ?? throw new DialogStateException($"Dialog '{Id}' no longer asks a question at step {frame.Step}.");
        return (step, state, prompt);
    }

    private static void Reask(DialogContext dialog, Prompt prompt)
    {
        if (prompt.RenderRetry(dialog.Culture) is { } retry)
        {
            dialog.Send(retry);
            return;
        }

        dialog.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.Retry, dialog.Culture)));
        dialog.Send(prompt.Render(dialog.Culture));
    }

    /// <summary>An answered card is replaced by one showing the answer, so its buttons can't be clicked twice.</summary>
    private static void ReplaceAnsweredCard(DialogContext dialog, Prompt prompt, string answer)
    {
        if (!prompt.RendersCard
            || dialog.Turn.SourceMessageId is not { Length: > 0 } messageId
            || !dialog.Turn.Values.ContainsKey(PromptInputIds.Answer))
        {
            return;
        }

        dialog.Update(messageId, new Reply
        {
            Card = new Card
            {
                Text = prompt.Text,
                Facts = [new CardFact(ConversationTexts.Get(ConversationTexts.YourAnswer, dialog.Culture), answer)],
            },
        });
    }

    private DialogFrame Frame(int step, TState state, IReadOnlyList<DialogStepSnapshot> history, bool awaitingAnswer) =>
        new(Id, step, JsonSerializer.SerializeToElement(state, DialogJson.Options), 0, awaitingAnswer) { History = history };

    private TState ReadState(DialogFrame frame)
    {
        try
        {
            return frame.State?.Deserialize<TState>(DialogJson.Options)
                ?? throw new DialogStateException($"Dialog '{Id}' has no stored state.");
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"Dialog '{Id}' cannot read its stored state.", ex);
        }
    }
}
