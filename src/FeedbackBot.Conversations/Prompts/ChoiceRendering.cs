using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>Renders a question with options as quick replies or as a card with one button per option.</summary>
internal static class ChoiceRendering
{
    public static Reply Render(string text, IReadOnlyList<Choice> choices, ChoiceStyle style, FormDetails? form, CultureInfo culture, IReadOnlyDictionary<string, string>? buttonData = null) => style switch
    {
        ChoiceStyle.Form => RenderForm(text, choices, isMultiSelect: false, form, culture),
        ChoiceStyle.CardButtons => new Reply
        {
            Card = new Card
            {
                Text = text,
                Buttons = [.. choices.Select(c => new CardButton(c.Title, ButtonData(c, buttonData)))],
            },
        },
        _ => new Reply
        {
            Text = text,
            Choices = [.. choices.Select(c => new ReplyChoice(c.Title, c.Value))],
        },
    };

    private static Dictionary<string, string> ButtonData(Choice choice, IReadOnlyDictionary<string, string>? extra)
    {
        var data = extra is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(extra, StringComparer.Ordinal);
        data[PromptInputIds.Answer] = choice.Value;
        return data;
    }

    /// <summary>The question as text, then a card with the options as one input and a submit button.</summary>
    public static Reply RenderForm(string text, IReadOnlyList<Choice> choices, bool isMultiSelect, FormDetails? form, CultureInfo culture)
    {
        var card = form?.Card ?? new Card();
        var input = new ChoiceCardInput(
            PromptInputIds.Answer,
            form?.InputLabel ?? text,
            [.. choices.Select(c => new CardChoice(c.Title, c.Value))],
            isMultiSelect);
        return new Reply
        {
            Text = text,
            Card = card with
            {
                Inputs = [.. card.Inputs, input],
                Buttons = [new CardButton(form?.SubmitTitle ?? ConversationTexts.Get(ConversationTexts.Submit, culture), new Dictionary<string, string>(), ButtonStyle.Positive)],
            },
        };
    }

    /// <summary>
    /// The choice a turn picks: a submitted value first (buttons send the value), then typed text
    /// matching a value, title or synonym, then a typed 1-based position ("2").
    /// </summary>
    public static Choice? Recognize(ConversationTurn turn, IReadOnlyList<Choice> choices)
    {
        var answer = AnswerText.Normalize(turn.Values.TryGetValue(PromptInputIds.Answer, out var submitted) ? submitted : turn.Text);
        if (answer.Length == 0)
        {
            return null;
        }

        var match = choices.FirstOrDefault(c => c.Matches(answer));
        if (match is not null)
        {
            return match;
        }

        return int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= choices.Count
                ? choices[position - 1]
                : null;
    }
}
