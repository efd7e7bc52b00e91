using System.Text.RegularExpressions;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Turns;

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

    /// <summary>The people an activity mentions (Teams <c>mention</c> entities), never the bot itself.</summary>
    public static IReadOnlyList<ChatUser> MentionedUsers(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return
        [
            .. (activity.Entities ?? [])
                .Where(e => e is not null
                    && string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
                    && e.Mentioned?.Id is { Length: > 0 } id
                    && id != activity.Recipient?.Id)
                .Select(e => new ChatUser(e.Mentioned!.Id!, e.Mentioned.Name)),
        ];
    }

    private static string RemoveIgnoreCase(string text, string part)
    {
        var index = text.IndexOf(part, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? text : text.Remove(index, part.Length);
    }

    [GeneratedRegex("</?at(\\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
