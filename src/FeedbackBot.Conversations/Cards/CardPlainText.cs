using System.Text;

namespace FeedbackBot.Conversations.Cards;

/// <summary>
/// A card as plain text, for clients that cannot show cards (Adaptive Card <c>fallbackText</c>):
/// the title, the text, one "label: value" line per fact, and the buttons' titles.
/// </summary>
public static class CardPlainText
{
    public static string Of(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = new StringBuilder();
        Line(text, card.Title);
        Line(text, card.Text);
        foreach (var fact in card.Facts)
        {
            Line(text, $"{fact.Label}: {fact.Value}");
        }

        foreach (var input in card.Inputs)
        {
            Line(text, input is ChoiceCardInput choice ? $"{input.Label} ({string.Join(", ", choice.Choices.Select(c => c.Title))})" : input.Label);
        }

        if (card.Buttons.Count > 0)
        {
            Line(text, string.Join(" | ", card.Buttons.Select(b => b.Title)));
        }

        return text.ToString().TrimEnd();
    }

    private static void Line(StringBuilder text, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            text.Append(line).Append('\n');
        }
    }
}
