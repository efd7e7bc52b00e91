using System.Text.RegularExpressions;

namespace FeedbackBot.Channels.Slack.Turns;

/// <summary>
/// Removes the bot's mention from an <c>app_mention</c>'s text (PROTOCOLS.md 6.6): Slack writes
/// it as <c>&lt;@UBOTID&gt;</c> (optionally <c>&lt;@UBOTID|name&gt;</c>). Without the bot's user id, a
/// leading mention is taken to be the bot's, since that is what triggers the event.
/// </summary>
internal static partial class MentionText
{
    public static string StripBotMention(string? text, string? botUserId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var stripped = botUserId is { Length: > 0 }
            ? Regex.Replace(text, $"<@{Regex.Escape(botUserId)}(\\|[^>]*)?>", "", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : LeadingMention().Replace(text, "", 1);
        return stripped.Trim();
    }

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingMention();
}
