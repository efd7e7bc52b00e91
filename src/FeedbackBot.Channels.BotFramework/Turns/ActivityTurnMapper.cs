using System.Globalization;
using System.Text.Json;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Channels.BotFramework.Teams;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Channels.BotFramework.Turns;

/// <summary>
/// Turns an inbound Activity into the channel-neutral <see cref="ConversationTurn"/> the dialogs
/// run on. Activities that carry nothing for a dialog (typing, reactions, the bot leaving) map to
/// <c>null</c> and are acknowledged without a turn.
/// </summary>
public static class ActivityTurnMapper
{
    public static ConversationTurn? ToTurn(Activity activity)
    {
        var kind = KindOf(activity);
        if (kind is null)
        {
            return null;
        }

        return new ConversationTurn
        {
            Kind = kind.Value,
            Conversation = new ConversationKey(activity.ChannelId ?? "", activity.Conversation!.Id!),
            Tenant = TeamsChannelData.TenantId(activity) ?? Tenants.Default,
            User = new ChatUser(activity.From?.Id ?? "", activity.From?.Name),
            Locale = activity.Locale,
            Text = kind == TurnKind.Message ? MentionText.StripBotMention(activity) : null,
            Values = SubmittedValues(activity),
            SourceMessageId = activity.Value is not null ? activity.ReplyToId : null,
            Mentions = MentionText.MentionedUsers(activity),
            IsGroup = activity.Conversation.IsGroup ?? false,
        };
    }

    private static TurnKind? KindOf(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => TurnKind.Message,
        ActivityTypes.Invoke when IsAdaptiveCardAction(activity) => TurnKind.Message,
        ActivityTypes.ConversationUpdate when BotWasAdded(activity) => TurnKind.BotAdded,
        ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("add", StringComparison.Ordinal) == true => TurnKind.BotAdded,
        _ => null,
    };

    /// <summary>Universal Actions arrive as an invoke named <c>adaptiveCard/action</c> (PROTOCOLS.md 4.2).</summary>
    public static bool IsAdaptiveCardAction(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action";

    /// <summary>"The bot was added" ⇔ a member id equals the recipient (the bot) id (PROTOCOLS.md 1.3).</summary>
    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m?.Id is not null && m.Id == activity.Recipient?.Id) == true;

    /// <summary>
    /// Card submits put the button's data and the inputs in <c>value</c> (Action.Submit), or in
    /// <c>value.action.data</c> (Action.Execute). Scalars become strings; nested objects such as
    /// Teams' <c>msteams</c> hint are channel plumbing and are left out.
    /// </summary>
    private static Dictionary<string, string> SubmittedValues(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return new Dictionary<string, string>();
        }

        if (IsAdaptiveCardAction(activity)
            && value.TryGetProperty("action", out var action)
            && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data))
        {
            value = data;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var property in value.EnumerateObject())
        {
            var text = ScalarText(property.Value);
            if (text is not null)
            {
                values[property.Name] = text;
            }
        }

        return values;
    }

    private static string? ScalarText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
        _ => null,
    };
}
