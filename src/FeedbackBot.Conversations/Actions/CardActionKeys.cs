namespace FeedbackBot.Conversations.Actions;

/// <summary>Keys of card button data that route a click to an <see cref="ICardAction"/>.</summary>
public static class CardActionKeys
{
    /// <summary>The data key naming the card action (<see cref="ICardAction.Name"/>).</summary>
    public const string Action = "cardAction";
}
