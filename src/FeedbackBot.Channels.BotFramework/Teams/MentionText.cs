using System.Text.RegularExpressions;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Teams;

/// <summary>
/// Removes the bot's own @mention from a message's text, as the SDK's RemoveRecipientMention and
/// NormalizeMentionsMiddleware do: in channels Teams only delivers messages that mention the bot,
/// and a dialog must see "help", not "&lt;at&gt;FeedbackBot&lt;/at&gt; help".
/// See PROTOCOLS.md 4.1 and msteams-docs channel-and-group-conversations.md.
/// </summary>
public static partial class MentionText
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null
                || !string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || botId is null
                || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
            {
                continue;
            }

            var mentionText = !string.IsNullOrEmpty(entity.Text) ? entity.Text : $"<at>{entity.Mentioned?.Name}</at>";
            text = RemoveIgnoreCase(text, mentionText);
        }

        // Other people's mentions stay as their names: keep the inner text, drop the tags.
        return AtTag().Replace(text, "").Trim();
    }

    private static string RemoveIgnoreCase(string text, string part)
    {
        var index = text.IndexOf(part, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? text : text.Remove(index, part.Length);
    }

    [GeneratedRegex("</?at(\\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
