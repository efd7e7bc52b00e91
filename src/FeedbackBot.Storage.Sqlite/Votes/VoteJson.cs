using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.Sqlite.Votes;

/// <summary>How requests, votes and aggregates are stored in their <c>payload</c> column.</summary>
internal static class VoteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new IsoWeekConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

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
