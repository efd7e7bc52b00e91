using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Root;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Engine;

/// <summary>
/// Runs one turn against a dialog stack and returns the new stack; replies go to the turn's
/// buffer. No I/O of its own: the engine reads and writes the stack around it, and may run the
/// same turn again on fresh state after a write conflict.
/// </summary>
internal sealed class DialogRunner(DialogRegistry registry, RootRouter root)
{
    /// <summary>Hand-overs (child starts, ends, resumes) in one turn; more means dialogs loop without asking the user.</summary>
    private const int MaxTransitionsPerTurn = 32;

    public async Task<List<DialogFrame>> RunAsync(TurnScope scope, IReadOnlyList<DialogFrame> stored, CancellationToken ct)
    {
        var stack = new List<DialogFrame>(stored);
        if (scope.Turn.Kind == TurnKind.BotAdded)
        {
            RootRouter.Greet(scope);
            return stack;
        }

        var interruption = Interruptions.Recognize(scope.Turn);
        DialogTurnResult result;
        if (registry.FindCardCommand(scope.Turn) is { } cardCommand)
        {
            stack.Clear();
            stack.Add(DialogFrame.Start(cardCommand.DialogId));
            result = await Dialog(cardCommand.DialogId).BeginAsync(new DialogContext(scope, stack[^1]), null, ct).ConfigureAwait(false);
        }
        else if (stack.Count == 0)
        {
            if (root.Route(scope, interruption) is not { } start)
            {
                return stack;
            }

            stack.Add(DialogFrame.Start(start.DialogId));
            result = await Dialog(start.DialogId).BeginAsync(new DialogContext(scope, stack[^1]), start.Argument, ct).ConfigureAwait(false);
        }
        else
        {
            var top = Dialog(stack[^1].DialogId);
            var context = new DialogContext(scope, stack[^1]);
            switch (interruption)
            {
                case Interruption.Cancel:
                    scope.Replies.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.Cancelled, scope.Culture)));
                    return [];
                case Interruption.Help:
                    result = await top.HelpAsync(context, ct).ConfigureAwait(false);
                    break;
                case Interruption.Back:
                    result = await top.BackAsync(context, ct).ConfigureAwait(false);
                    break;
                default:
                    result = await top.ContinueAsync(context, ct).ConfigureAwait(false);
                    break;
            }
        }

        return await ApplyAsync(scope, stack, result, ct).ConfigureAwait(false);
    }

    private async Task<List<DialogFrame>> ApplyAsync(TurnScope scope, List<DialogFrame> stack, DialogTurnResult result, CancellationToken ct)
    {
        for (var transitions = 0; transitions < MaxTransitionsPerTurn; transitions++)
        {
            switch (result)
            {
                case DialogTurnResult.WaitingForUser waiting:
                    stack[^1] = waiting.Frame;
                    return stack;
                case DialogTurnResult.AllCancelled:
                    return [];
                case DialogTurnResult.ChildStarted child:
                    stack[^1] = child.Frame;
                    stack.Add(DialogFrame.Start(child.ChildDialogId));
                    result = await Dialog(child.ChildDialogId).BeginAsync(new DialogContext(scope, stack[^1]), child.Argument, ct).ConfigureAwait(false);
                    break;
                case DialogTurnResult.DialogEnded ended:
                    stack.RemoveAt(stack.Count - 1);
                    if (stack.Count == 0)
                    {
                        return stack;
                    }

                    result = await Dialog(stack[^1].DialogId).ResumeAsync(new DialogContext(scope, stack[^1]), ended.Result, ct).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown dialog turn result {result.GetType().Name}.");
            }
        }

        throw new InvalidOperationException($"Dialogs handed over more than {MaxTransitionsPerTurn} times in one turn without waiting for the user.");
    }

    private IDialog Dialog(string dialogId) =>
        registry.FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog is registered with the id '{dialogId}'.");
}
