using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>Asks the user to pick one of a few options; the answer is the picked <see cref="Choice"/>.</summary>
public sealed record ChoicePrompt : Prompt<Choice>
{
    public ChoicePrompt(string text, IReadOnlyList<Choice> choices)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
        {
            throw new ArgumentException("A choice prompt needs at least one choice.", nameof(choices));
        }

        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; }

    public ChoiceStyle Style { get; init; } = ChoiceStyle.QuickReplies;

    /// <summary>Extra data every card button sends along with its answer (e.g. <see cref="Dialogs.CardCommands"/>, so a click still counts once the dialog is gone).</summary>
    public IReadOnlyDictionary<string, string>? ButtonData { get; init; }

    /// <summary>What a <see cref="ChoiceStyle.Form"/> card shows besides the options.</summary>
    public FormDetails? Form { get; init; }

    internal override bool RendersCard => Style is ChoiceStyle.CardButtons or ChoiceStyle.Form;

    internal override string Describe(Choice answer, CultureInfo culture) => answer.Title;

    private protected override Reply Render(string text, CultureInfo culture) => ChoiceRendering.Render(text, Choices, Style, Form, culture, ButtonData);

    private protected override bool TryRecognize(ConversationTurn turn, CultureInfo culture, [MaybeNullWhen(false)] out Choice answer)
    {
        answer = ChoiceRendering.Recognize(turn, Choices);
        return answer is not null;
    }
}
