namespace FeedbackBot.Conversations.Prompts;

/// <summary>How a choice prompt offers its options; the channel renderer decides the look.</summary>
public enum ChoiceStyle
{
    /// <summary>Quick replies under the message (<c>Reply.Choices</c>); a click sends the value as text.</summary>
    QuickReplies,

    /// <summary>A card with one submit button per option; a click sends the value under <see cref="PromptInputIds.Answer"/>.</summary>
    CardButtons,
}
