using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// What a waterfall action step gets: the turn, the culture, the dialog's typed state, the result
/// of a child dialog the previous step started, and the ways to finish the step.
/// </summary>
public sealed class WaterfallStepContext<TState>
    where TState : class
{
    private readonly DialogContext dialog;

    internal WaterfallStepContext(DialogContext dialog, TState state, object? childResult)
    {
        this.dialog = dialog;
        State = state;
        ChildResult = childResult;
    }

    public ConversationTurn Turn => dialog.Turn;

    public CultureInfo Culture => dialog.Culture;

    public TimeProvider Time => dialog.Time;

    public TState State { get; }

    /// <summary>The result of the child dialog the previous step began; <c>null</c> otherwise.</summary>
    public object? ChildResult { get; }

    public void Send(Reply reply) => dialog.Send(reply);

    public void Send(string text) => dialog.Send(Reply.FromText(text));

    public void Update(string messageId, Reply reply) => dialog.Update(messageId, reply);

    /// <summary>Go on with the next step, keeping the state.</summary>
    public StepResult Next() => StepResult.Next(null);

    /// <summary>Go on with the next step with <paramref name="state"/>.</summary>
    public StepResult Next(TState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return StepResult.Next(state);
    }

    /// <summary>End this dialog; the parent resumes with <paramref name="result"/>.</summary>
    public StepResult EndDialog(object? result = null) => StepResult.End(result);

    /// <summary>Start a child dialog; the next step runs when it ends and sees its result in <see cref="ChildResult"/>.</summary>
    public StepResult BeginDialog(string dialogId, string? argument = null, TState? state = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        return StepResult.Begin(dialogId, argument, state);
    }

    /// <summary>End every dialog on the stack; send the user a reason first.</summary>
    public StepResult CancelAllDialogs() => StepResult.CancelAll();
}
