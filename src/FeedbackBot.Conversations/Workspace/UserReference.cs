using System.Text.RegularExpressions;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Workspace;

/// <summary>
/// A user named in a command: a Slack mention (<c>&lt;@U123&gt;</c> or <c>&lt;@U123|ada&gt;</c>, as Slack
/// escapes it), a name the channel resolved as a mention of the turn (Slack slash commands and Teams
/// show mentions as the person's name and hand the ids over in <see cref="ConversationTurn.Mentions"/>),
/// or a bare user id. Any other "@name" cannot be resolved to an id, so it is refused.
/// </summary>
internal static partial class UserReference
{
    public static (string Id, string? Name)? Parse(string? text, IReadOnlyList<ChatUser> mentions)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var named = trimmed.TrimStart('@');
        if (mentions.FirstOrDefault(m => string.Equals(m.Name, named, StringComparison.OrdinalIgnoreCase)) is { } mentioned)
        {
            return (mentioned.Id, mentioned.Name);
        }

        if (SlackMention().Match(trimmed) is { Success: true } mention)
        {
            var name = mention.Groups["name"].Success ? mention.Groups["name"].Value : null;
            return (mention.Groups["id"].Value, name);
        }

        return trimmed.StartsWith('@') || trimmed.StartsWith('<') || trimmed.Any(char.IsWhiteSpace) ? null : (trimmed, null);
    }

    [GeneratedRegex(@"^<@(?<id>[A-Z0-9]+)(\|(?<name>[^>]*))?>$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMention();
}
