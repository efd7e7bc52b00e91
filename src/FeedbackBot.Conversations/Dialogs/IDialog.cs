namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// A dialog the engine can put on a conversation's stack. Implementations are stateless
/// singletons registered in DI (<c>AddDialog&lt;T&gt;()</c>): everything a conversation needs
/// between turns lives in its <see cref="DialogFrame"/>. Most dialogs derive from
/// <see cref="WaterfallDialog{TState}"/> rather than implementing this directly.
/// </summary>
public interface IDialog
{
    /// <summary>Unique among registered dialogs; stored in frames, so keep it stable across releases.</summary>
    string Id { get; }

    /// <summary>Starts the dialog; <paramref name="argument"/> is the text after the command word, if any.</summary>
    Task<DialogTurnResult> BeginAsync(DialogContext dialog, string? argument, CancellationToken ct);

    /// <summary>The user answered while this dialog was on top of the stack.</summary>
    Task<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken ct);

    /// <summary>A child this dialog started has ended with <paramref name="childResult"/>.</summary>
    Task<DialogTurnResult> ResumeAsync(DialogContext dialog, object? childResult, CancellationToken ct);

    /// <summary>The user said "help": explain the current question and ask it again.</summary>
    Task<DialogTurnResult> HelpAsync(DialogContext dialog, CancellationToken ct);

    /// <summary>The user said "back": ask the previous question again, where there is one.</summary>
    Task<DialogTurnResult> BackAsync(DialogContext dialog, CancellationToken ct);
}
