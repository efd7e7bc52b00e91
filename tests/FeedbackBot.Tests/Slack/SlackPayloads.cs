using System.Text.Json;
using System.Text.Json.Nodes;

namespace FeedbackBot.Tests.Slack;

/// <summary>Request bodies shaped like Slack's (PROTOCOLS.md 6.2, 6.4, 6.5); serialized, never interpolated.</summary>
internal static class SlackPayloads
{
    public const string Team = "T0001";
    public const string User = "U2147483697";
    public const string BotUser = "UBOT";

    public static string SlashCommand(string command, string text, string channel, Uri? responseUrl, string? triggerId = "trigger-1")
    {
        var fields = new Dictionary<string, string?>
        {
            ["token"] = "deprecated",
            ["team_id"] = Team,
            ["team_domain"] = "example",
            ["channel_id"] = channel,
            ["channel_name"] = "general",
            ["user_id"] = User,
            ["user_name"] = "steve",
            ["command"] = command,
            ["text"] = text,
            ["api_app_id"] = "A123456",
            ["response_url"] = responseUrl?.ToString(),
            ["trigger_id"] = triggerId,
        };
        return string.Join('&', fields.Where(f => f.Value is not null).Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value!)}"));
    }

    public static string DirectMessageEvent(string eventId, string text, string channel = "D0123456", string? user = User, string? botId = null, string? subtype = null) =>
        Event(eventId, new JsonObject
        {
            ["type"] = "message",
            ["subtype"] = subtype,
            ["user"] = user,
            ["bot_id"] = botId,
            ["text"] = text,
            ["ts"] = "1700000100.000100",
            ["channel"] = channel,
            ["channel_type"] = "im",
            ["event_ts"] = "1700000100.000100",
        });

    public static string MentionEvent(string eventId, string text, string channel = "C2147483705") =>
        Event(eventId, new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = User,
            ["text"] = text,
            ["ts"] = "1700000100.000100",
            ["channel"] = channel,
            ["event_ts"] = "1700000100.000100",
        });

    public static string BlockActions(string channel, string messageTs, string actionId, string value, bool ephemeral, Uri? responseUrl) =>
        Json(new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = User, ["team_id"] = Team },
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "example" },
            ["api_app_id"] = "A123456",
            ["trigger_id"] = "trigger-2",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["message"] = new JsonObject { ["ts"] = messageTs },
            ["response_url"] = responseUrl?.ToString(),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "b1", ["value"] = value, ["action_ts"] = "1700000200.0001" }),
        });

    public static string ViewSubmission(string privateMetadata, string blockId, string value) =>
        Json(new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = Team },
            ["user"] = new JsonObject { ["id"] = User, ["team_id"] = Team },
            ["view"] = new JsonObject
            {
                ["id"] = "V1",
                ["callback_id"] = "form.card",
                ["private_metadata"] = privateMetadata,
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        [blockId] = new JsonObject { [blockId] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } },
                    },
                },
            },
        });

    public static string ViewClosed(string privateMetadata) =>
        Json(new JsonObject
        {
            ["type"] = "view_closed",
            ["team"] = new JsonObject { ["id"] = Team },
            ["user"] = new JsonObject { ["id"] = User, ["team_id"] = Team },
            ["view"] = new JsonObject { ["id"] = "V1", ["callback_id"] = "form.card", ["private_metadata"] = privateMetadata },
        });

    private static string Event(string eventId, JsonObject inner) =>
        Json(new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = Team,
            ["api_app_id"] = "A123456",
            ["event"] = inner,
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1700000100,
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = BotUser, ["is_bot"] = true }),
        });

    private static string Json(JsonObject value)
    {
        // Slack leaves absent fields out rather than sending null.
        foreach (var key in value.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            value.Remove(key);
        }

        if (value["event"] is JsonObject inner)
        {
            foreach (var key in inner.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                inner.Remove(key);
            }
        }

        return value.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
