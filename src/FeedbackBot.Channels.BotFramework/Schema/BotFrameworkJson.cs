using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackBot.Channels.BotFramework.Schema;

/// <summary>
/// The one set of serializer options for the Activity wire format: camelCase out, names read
/// case-insensitively, nulls omitted (senders omit empty fields).
/// </summary>
public static class BotFrameworkJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };
}
