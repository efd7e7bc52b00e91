using System.Globalization;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>A step of a <see cref="WaterfallDialog{TState}"/>: an action or a prompt.</summary>
internal abstract class WaterfallStep<TState>
    where TState : class;

internal sealed class ActionStep<TState>(WaterfallStepHandler<TState> handler) : WaterfallStep<TState>
    where TState : class
{
    public WaterfallStepHandler<TState> Handler { get; } = handler;
}

/// <summary>
/// A question. The prompt is re-created from the state whenever needed (it is a pure function of
/// state and culture), so validators and choices never have to be stored.
/// </summary>
internal abstract class PromptStep<TState> : WaterfallStep<TState>
    where TState : class
{
    /// <summary>The prompt for this state, or <c>null</c> when the question does not apply (skipped).</summary>
    public abstract Prompt? Create(TState state, CultureInfo culture);

    /// <summary>The state with the answer applied, or <c>null</c> when the turn does not answer <paramref name="prompt"/>.</summary>
    public abstract AcceptedAnswer<TState>? TryAnswer(Prompt prompt, TState state, ConversationTurn turn, CultureInfo culture);
}

internal sealed class PromptStep<TState, TAnswer>(
    Func<TState, CultureInfo, Prompt<TAnswer>?> createPrompt,
    Func<TState, TAnswer, TState> applyAnswer) : PromptStep<TState>
    where TState : class
{
    public override Prompt? Create(TState state, CultureInfo culture) => createPrompt(state, culture);

    public override AcceptedAnswer<TState>? TryAnswer(Prompt prompt, TState state, ConversationTurn turn, CultureInfo culture)
    {
        var typed = (Prompt<TAnswer>)prompt;
        return typed.TryAccept(turn, culture, out var answer)
            ? new AcceptedAnswer<TState>(applyAnswer(state, answer), typed.Describe(answer, culture))
            : null;
    }
}

/// <summary>A recognized, valid answer: the new state and the answer as the user would read it.</summary>
internal sealed record AcceptedAnswer<TState>(TState State, string Description);
