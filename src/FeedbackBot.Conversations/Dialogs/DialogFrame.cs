using System.Text.Json;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// One dialog on a conversation's stack, as stored between turns: which dialog, where it is,
/// its own typed state serialized as JSON, and how often the current question was re-asked.
/// </summary>
/// <param name="DialogId">The <see cref="IDialog.Id"/> that owns the frame.</param>
/// <param name="Step">The dialog's position (a waterfall's step index).</param>
/// <param name="State">The dialog's state record as JSON; <c>null</c> before the dialog began.</param>
/// <param name="Retries">Invalid answers to the current question so far.</param>
/// <param name="AwaitingAnswer">True when the dialog waits for the user rather than for a child dialog.</param>
public sealed record DialogFrame(string DialogId, int Step, JsonElement? State, int Retries, bool AwaitingAnswer)
{
    /// <summary>
    /// The questions answered before the current one, oldest first, each with the state it was
    /// asked in: "back" returns to the last of them and forgets its answer.
    /// </summary>
    public IReadOnlyList<DialogStepSnapshot> History { get; init; } = [];

    /// <summary>The frame a dialog begins with.</summary>
    public static DialogFrame Start(string dialogId) => new(dialogId, 0, null, 0, false);
}

/// <summary>A question a dialog asked: its step and the state (as JSON) it was asked in.</summary>
public sealed record DialogStepSnapshot(int Step, JsonElement? State);
