using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackBot.Core.Decisions;

namespace FeedbackBot.Storage.TableStorage.Decisions;

/// <summary>
/// The stored form of a decision record: its JSON, enums by name (readable, and safe when members
/// are added). Derived, get-only members are not stored.
/// </summary>
internal static class DecisionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(DecisionRecord record) => JsonSerializer.Serialize(record, Options);

    public static DecisionRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<DecisionRecord>(json, Options) ?? throw new InvalidDataException("A stored decision record is empty.");
}
