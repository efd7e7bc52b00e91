namespace FeedbackBot.Conversations.Turns;

/// <summary>What kind of input a turn carries, in channel-neutral terms.</summary>
public enum TurnKind
{
    /// <summary>The user said something or submitted a card or button.</summary>
    Message,

    /// <summary>The bot was added to the conversation (installed, or joined a chat): greet.</summary>
    BotAdded,
}
