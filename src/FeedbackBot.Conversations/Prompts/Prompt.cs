using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// A question a waterfall asks and the rules for its answer. Texts are already localized: the
/// step that creates the prompt gets the turn's culture and reads its feature's resources.
/// Prompts are plain values, created afresh from the dialog's state whenever they are needed
/// (asking, re-asking, recognizing), so nothing about them has to be stored between turns.
/// </summary>
public abstract record Prompt
{
    private protected Prompt(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
    }

    /// <summary>The question.</summary>
    public string Text { get; }

    /// <summary>Asked instead of <see cref="Text"/> after an invalid answer; by default the bot says it didn't understand and asks again.</summary>
    public string? RetryText { get; init; }

    /// <summary>Shown when the user says "help" at this prompt; by default the dialog's help.</summary>
    public string? HelpText { get; init; }

    /// <summary>How many times an invalid answer is re-asked; the next invalid answer ends the dialogs with a friendly message.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>True when the prompt is a card whose answer should replace it (<see cref="IReplySink.UpdateAsync"/>).</summary>
    internal abstract bool RendersCard { get; }

    internal Reply Render(CultureInfo culture) => Render(Text, culture);

    internal Reply? RenderRetry(CultureInfo culture) => RetryText is null ? null : Render(RetryText, culture);

    private protected abstract Reply Render(string text, CultureInfo culture);
}

/// <summary>A prompt whose recognized answer is a <typeparamref name="TAnswer"/>.</summary>
public abstract record Prompt<TAnswer> : Prompt
{
    private protected Prompt(string text)
        : base(text)
    {
    }

    /// <summary>Checks a recognized answer; false re-asks (with <see cref="Prompt.RetryText"/>) like an unrecognized one.</summary>
    public Func<TAnswer, bool>? Validator { get; init; }

    internal bool TryAccept(ConversationTurn turn, CultureInfo culture, [MaybeNullWhen(false)] out TAnswer answer) =>
        TryRecognize(turn, culture, out answer) && (Validator?.Invoke(answer) ?? true);

    /// <summary>The answer as shown on the card that replaces an answered prompt card.</summary>
    internal abstract string Describe(TAnswer answer, CultureInfo culture);

    private protected abstract bool TryRecognize(ConversationTurn turn, CultureInfo culture, [MaybeNullWhen(false)] out TAnswer answer);
}
