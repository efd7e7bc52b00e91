namespace FeedbackBot.Conversations.Cards;

/// <summary>
/// A submit button. Clicking it sends <see cref="Data"/> merged with the card's input values as
/// the turn's <c>Values</c>.
/// </summary>
public sealed record CardButton(string Title, IReadOnlyDictionary<string, string> Data, ButtonStyle Style = ButtonStyle.Default);

/// <summary>Emphasis hint; channels map it to their own styles where they have them.</summary>
public enum ButtonStyle
{
    Default,
    Positive,
    Destructive,
}
