namespace FeedbackBot.Conversations.Actions;

/// <summary>
/// Handles clicks on buttons of cards that outlive any dialog: a result card teammates vote on, a
/// follow-up question sent days later. A click whose submitted data carries
/// <see cref="CardActionKeys.Action"/> = <see cref="Name"/> goes here instead of to the dialogs,
/// whatever dialog the clicking user has running (which stays as it was). Implementations are
/// stateless singletons registered with <c>AddCardAction&lt;T&gt;()</c>; they read what they
/// need from their stores and must tolerate stale or forged data (a button value is user input).
/// </summary>
public interface ICardAction
{
    /// <summary>Unique among card actions, e.g. <c>decision.predict</c>; stored in sent cards, so keep it stable.</summary>
    string Name { get; }

    Task HandleAsync(CardActionContext action, CancellationToken ct);
}
