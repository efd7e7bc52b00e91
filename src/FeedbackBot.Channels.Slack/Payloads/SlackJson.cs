using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackBot.Channels.Slack.Payloads;

/// <summary>
/// Serializer settings for everything Slack sends and receives: snake_case names, nulls left
/// out (Slack rejects some explicit nulls, e.g. <c>"thread_ts": null</c>), unknown fields ignored.
/// </summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
