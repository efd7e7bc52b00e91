namespace FeedbackBot.Conversations.Prompts;

/// <summary>How a choice prompt offers its options; the channel renderer decides the look.</summary>
public enum ChoiceStyle
{
    /// <summary>Quick replies under the message (<c>Reply.Choices</c>); a click sends the value as text.</summary>
    QuickReplies,

    /// <summary>A card with one submit button per option; a click sends the value under <see cref="PromptInputIds.Answer"/>.</summary>
    CardButtons,

    /// <summary>
    /// A form: the question as text and a card with the options as one input (<see cref="PromptInputIds.Answer"/>)
    /// and a submit button, so a channel that shows forms as a dialog (a Slack modal) keeps a
    /// multi-question flow in one window. Typed answers work as with the other styles.
    /// </summary>
    Form,
}
