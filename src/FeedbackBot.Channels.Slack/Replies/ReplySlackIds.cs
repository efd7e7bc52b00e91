namespace FeedbackBot.Channels.Slack.Replies;

/// <summary>
/// The <c>action_id</c>s of the buttons the message renderer draws. A suffix (the button's
/// position) keeps them unique within their block, as Slack requires.
/// </summary>
internal static class ReplySlackIds
{
    /// <summary>A quick-reply choice: the click is the user saying the choice's value.</summary>
    public const string ChoicePrefix = "reply.choice.";

    /// <summary>A card button: the click submits the button's data as the turn's values.</summary>
    public const string CardButtonPrefix = "reply.button.";

    public static bool IsChoice(string? actionId) => actionId?.StartsWith(ChoicePrefix, StringComparison.Ordinal) == true;

    public static bool IsCardButton(string? actionId) => actionId?.StartsWith(CardButtonPrefix, StringComparison.Ordinal) == true;
}
