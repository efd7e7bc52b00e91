using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Values that break parsers more often than random ones do: extremes of every JSON type, text
/// with control characters, lone surrogates, markup and injection look-alikes, long and very long
/// strings, and nested containers.
/// </summary>
internal static class FuzzValues
{
    private static readonly string[] NastyText =
    [
        "", " ", "\t\n", "\u0000", "\u001F", "\u007F", "\uFEFF", "\uD83D", "\uDC4D", "\uFFFF", "👍🏽", "日本語", "Zoë",
        "<script>alert(1)</script>", "'; DROP TABLE votes; --", "${jndi:ldap://x}", "../../etc/passwd", "%00", "%2F",
        "=cmd|' /C calc'!A0", "@sum(1)", "null", "true", "0", "-1", "1e309", "NaN", "[]", "{}", "\"", "\\", "/", "#", "?",
        "a:b:c", "29:", "http://", "https://127.0.0.1:1/", "javascript:alert(1)", "hit", "MISS", "help", "cancel", "/decision-check",
    ];

    // Member names the parsers look for, so added members land where the code reads them.
    private static readonly string[] KnownKeys =
    [
        "type", "id", "name", "text", "value", "locale", "action", "replyToId", "serviceUrl", "channelId", "channelData",
        "from", "recipient", "conversation", "entities", "attachments", "membersAdded", "membersRemoved", "tenant", "team",
        "mentioned", "content", "contentType", "data", "msteams", "isGroup", "conversationType", "tenantId", "aadObjectId",
        "payload", "event", "event_id", "actions", "action_id", "block_id", "view", "private_metadata", "state", "values",
        "user", "team_id", "channel", "response_url", "trigger_id", "message", "container", "authorizations", "bot_id",
        "subtype", "thread_ts", "ts", "selected_option", "selected_options", "challenge", "command", "user_id", "channel_id",
        "callback_id", "submission", "hash", "watermark", "activities", "interactionId", "customer", "agent", "occurredAt",
    ];

    /// <summary>A member name: mostly one the parsers know, sometimes nonsense.</summary>
    public static Gen<string> Key { get; } = Gen.Frequency((3, Gen.Elements(KnownKeys)), (1, Gen.Elements(NastyText)));

    public static Gen<string> Text { get; } = Gen.Frequency(
        (5, Gen.Elements(NastyText)),
        (3, Gen.Elements(NastyText).ListOf().Select(parts => string.Concat(parts))),
        (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()).ListOf().Select(chars => string.Concat(chars))),
        (1, Gen.Zip(Gen.Elements("x", "日", "👍", "\\u0000"), Gen.Choose(1_000, 40_000)).Select(t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2)))));

    public static Gen<JsonNode?> Scalar { get; } = Gen.Frequency(
        (2, Gen.Constant<JsonNode?>(null)),
        (1, Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b))),
        (2, Gen.Elements(0L, -1L, 1L, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue).Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Elements(double.Epsilon, 1e308, -1e308, 0.1, -0.0).Select(d => (JsonNode?)JsonValue.Create(d))),
        (6, Text.Select(s => (JsonNode?)JsonValue.Create(s))));

    /// <summary>A scalar, or a small array or object of them, or a nesting deeper than any parser's default limit.</summary>
    public static Gen<JsonNode?> Any { get; } = Gen.Frequency(
        (8, Scalar),
        (2, Scalar.ListOf().Select(items => (JsonNode?)new JsonArray([.. items]))),
        (2, Gen.Zip(Key, Scalar).ListOf().Select(Object)),
        (1, Gen.Choose(10, 500).Select(Nested)));

    private static JsonNode? Object(IEnumerable<(string Key, JsonNode? Value)> members)
    {
        var result = new JsonObject();
        foreach (var (key, value) in members)
        {
            result[key] = value;
        }

        return result;
    }

    private static JsonNode? Nested(int depth)
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }
}
