using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// The stored form of requests, votes, aggregates and count intents: one JSON shape for every
/// store (a SQLite column, a chunked Table property), enums by name and weeks as "2026-W47", so a
/// row reads the same whichever store wrote it and a member added later reads as its default.
/// </summary>
public static class VoteJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new IsoWeekConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary><paramref name="value"/> as stored.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A stored payload read back; a null payload is corrupt data, not "no value".</summary>
    public static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Options) ?? throw new JsonException("A stored payload was null.");

    /// <summary>Weeks as "2026-W47", the same text the keys use.</summary>
    private sealed class IsoWeekConverter : JsonConverter<IsoWeek>
    {
        public override IsoWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IsoWeek.TryParse(reader.GetString(), out var week) ? week : throw new JsonException("Not an ISO week.");

        public override void Write(Utf8JsonWriter writer, IsoWeek value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
