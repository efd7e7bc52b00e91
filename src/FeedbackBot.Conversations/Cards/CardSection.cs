namespace FeedbackBot.Conversations.Cards;

/// <summary>
/// A titled part of a card under its main text ("By agent", "Latest MISS comments"): a heading,
/// optional text and optional facts, shown in order after the card's own facts and image.
/// </summary>
public sealed record CardSection(string Heading, string? Text = null)
{
    public IReadOnlyList<CardFact> Facts { get; init; } = [];
}
