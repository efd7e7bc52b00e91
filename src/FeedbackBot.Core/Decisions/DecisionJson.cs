using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackBot.Core.Decisions;

/// <summary>
/// The stored form of a decision record, the same for every store: its JSON, enums by name
/// (readable, and safe when members are added). Derived, get-only members are not stored.
/// </summary>
public static class DecisionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary><paramref name="record"/> as stored.</summary>
    public static string Serialize(DecisionRecord record) => JsonSerializer.Serialize(record, Options);

    /// <summary>A stored record read back; an empty one is corrupt data.</summary>
    public static DecisionRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<DecisionRecord>(json, Options) ?? throw new InvalidDataException("A stored decision record is empty.");
}
