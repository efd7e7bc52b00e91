using System.Text.RegularExpressions;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Turns;

/// <summary>
/// People mentioned in a slash command's text. With <c>should_escape</c> on (our manifest), Slack
/// writes a mention as <c>&lt;@U123|name&gt;</c> (https://api.slack.com/interactivity/slash-commands#creating_commands);
/// the turn gets the users, and the text shows them as <c>@name</c>, as a person reads it.
/// </summary>
internal static partial class UserMentions
{
    public static IReadOnlyList<ChatUser> Parse(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : [.. Mention().Matches(text).Select(m => new ChatUser(m.Groups["id"].Value, m.Groups["name"].Success ? m.Groups["name"].Value : null))];

    public static string Readable(string? text) =>
        string.IsNullOrEmpty(text)
            ? ""
            : Mention().Replace(text, m => "@" + (m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["id"].Value));

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(\|(?<name>[^>]*))?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Mention();
}
