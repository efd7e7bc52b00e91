using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackBot.Channels.BotFramework.Schema;

/// <summary>
/// An entity (mention, clientInfo, …). Only the fields a mention needs are modelled; every
/// other field round-trips through <see cref="ExtensionData"/>.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    /// <summary>For a mention: the exact substring of the activity's text (Teams: <c>&lt;at&gt;Name&lt;/at&gt;</c>).</summary>
    public string? Text { get; set; }

    /// <summary>For a mention: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
