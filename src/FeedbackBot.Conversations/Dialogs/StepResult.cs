namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// What a waterfall action step decided. Created only through <see cref="WaterfallStepContext{TState}"/>:
/// <c>Next</c>, <c>EndDialog</c>, <c>BeginDialog</c> or <c>CancelAllDialogs</c>.
/// </summary>
public sealed class StepResult
{
    private StepResult(StepResultKind kind, object? state, object? result, string? childDialogId, string? argument)
    {
        Kind = kind;
        State = state;
        Result = result;
        ChildDialogId = childDialogId;
        Argument = argument;
    }

    internal StepResultKind Kind { get; }

    /// <summary>The dialog's updated state (a <c>TState</c>), or <c>null</c> to keep it.</summary>
    internal object? State { get; }

    internal object? Result { get; }

    internal string? ChildDialogId { get; }

    internal string? Argument { get; }

    internal static StepResult Next(object? state) => new(StepResultKind.Next, state, null, null, null);

    internal static StepResult End(object? result) => new(StepResultKind.End, null, result, null, null);

    internal static StepResult Begin(string childDialogId, string? argument, object? state) =>
        new(StepResultKind.BeginChild, state, null, childDialogId, argument);

    internal static StepResult CancelAll() => new(StepResultKind.CancelAll, null, null, null, null);
}

internal enum StepResultKind
{
    Next,
    End,
    BeginChild,
    CancelAll,
}
