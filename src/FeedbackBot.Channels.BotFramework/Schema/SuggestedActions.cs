using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackBot.Channels.BotFramework.Schema;

/// <summary>Quick-reply buttons shown under a message.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A button: <c>imBack</c> posts <see cref="Value"/> as visible user text.</summary>
public sealed class CardAction
{
    public const string ImBack = "imBack";

    public string? Type { get; set; }
    public string? Title { get; set; }
    public JsonElement? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
