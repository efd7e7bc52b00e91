using System.Globalization;
using System.Text.Json.Nodes;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>The bodies the harness sends, shaped as Teams, Slack and a helpdesk send them (PROTOCOLS.md 1, 6).</summary>
internal static class Payloads
{
    /// <summary>The Teams tenant of the Bot Framework traffic.</summary>
    public const string TeamsTenant = "scaleout-tenant";

    /// <summary>The Slack workspace (team id), which is the tenant of the Slack traffic.</summary>
    public const string SlackTeam = "TSCALEOUT";

    public static JsonObject TeamsMessage(Uri serviceUrl, string conversationId, string userId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Scale Out " + userId[^4..] },
        ["recipient"] = new JsonObject { ["id"] = "28:feedbackbot-scaleout", ["name"] = "FeedbackBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TeamsTenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsTenant } },
        ["locale"] = "en-US",
        ["text"] = text,
    };

    public static string SlackDirectMessage(string eventId, string userId, string channel, string text) => new JsonObject
    {
        ["token"] = "unused",
        ["team_id"] = SlackTeam,
        ["api_app_id"] = "ASCALEOUT",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["event"] = new JsonObject
        {
            ["type"] = "message",
            ["user"] = userId,
            ["text"] = text,
            ["ts"] = Timestamp(),
            ["channel"] = channel,
            ["channel_type"] = "im",
            ["event_ts"] = Timestamp(),
        },
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = SlackTeam, ["user_id"] = "UBOT", ["is_bot"] = true }),
    }.ToJsonString();

    public static string SlashCommand(string command, string text, string userId, Uri responseUrl) => string.Join('&', new Dictionary<string, string>
    {
        ["token"] = "unused",
        ["team_id"] = SlackTeam,
        ["team_domain"] = "scaleout",
        ["channel_id"] = "CSCALEOUT",
        ["channel_name"] = "general",
        ["user_id"] = userId,
        ["user_name"] = userId.ToLowerInvariant(),
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = "ASCALEOUT",
        ["response_url"] = responseUrl.ToString(),
        ["trigger_id"] = "trigger-" + userId,
    }.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));

    /// <param name="slackUser">The customer's Slack user id when the bot can ask them in chat; null for the link only.</param>
    public static JsonObject Interaction(string tenant, string interactionId, int customer, string? slackUser, int agent, int team)
    {
        var customerJson = new JsonObject { ["id"] = Id("customer", customer), ["name"] = "Customer " + Id("", customer) };
        if (slackUser is not null)
        {
            customerJson["channel"] = "slack";
            customerJson["channelUserId"] = slackUser;
        }

        return new JsonObject
        {
            ["interactionId"] = interactionId,
            ["tenant"] = tenant,
            ["customer"] = customerJson,
            ["agent"] = new JsonObject { ["id"] = Id("agent", agent), ["name"] = "Agent " + Id("", agent) },
            ["team"] = Id("team", team),
            ["occurredAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
    }

    public static string Id(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{number}");

    private static string Timestamp() =>
        (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000000", CultureInfo.InvariantCulture);
}
