using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>One serializer configuration for stored stacks and dialog state: camelCase, enums as names (readable, and stable when enum members are reordered).</summary>
internal static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
