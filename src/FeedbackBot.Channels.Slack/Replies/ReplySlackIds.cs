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

    /// <summary>A link button: the browser opens its URL; Slack still reports the click, which needs only a 200.</summary>
    public const string LinkPrefix = "reply.link.";

    public static bool IsLink(string? actionId) => actionId?.StartsWith(LinkPrefix, StringComparison.Ordinal) == true;

    public static bool IsChoice(string? actionId) => actionId?.StartsWith(ChoicePrefix, StringComparison.Ordinal) == true;

    public static bool IsCardButton(string? actionId) => actionId?.StartsWith(CardButtonPrefix, StringComparison.Ordinal) == true;
}
