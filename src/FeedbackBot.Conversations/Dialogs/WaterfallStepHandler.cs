namespace FeedbackBot.Conversations.Dialogs;

/// <summary>A waterfall action step: acts (stores, computes, replies) and decides how the dialog goes on.</summary>
public delegate Task<StepResult> WaterfallStepHandler<TState>(WaterfallStepContext<TState> step, CancellationToken ct)
    where TState : class;
