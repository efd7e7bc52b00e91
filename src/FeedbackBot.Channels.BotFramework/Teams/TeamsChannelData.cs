using System.Text.Json;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Teams;

/// <summary>Reads the few Teams <c>channelData</c> fields the bot needs, tolerating any shape.</summary>
public static class TeamsChannelData
{
    /// <summary>
    /// The Entra tenant: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>
    /// (PROTOCOLS.md 1.6: Teams sends both).
    /// </summary>
    public static string? TenantId(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }

        return null;
    }
}
