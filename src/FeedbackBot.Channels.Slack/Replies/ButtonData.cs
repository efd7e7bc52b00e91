using System.Text.Json;
using FeedbackBot.Channels.Slack.Payloads;

namespace FeedbackBot.Channels.Slack.Replies;

/// <summary>A card button's data as it travels in the button's <c>value</c>: a JSON object of strings.</summary>
internal static class ButtonData
{
    /// <returns>The data, or <c>null</c> when the value is not such an object (not a value we wrote).</returns>
    public static IReadOnlyDictionary<string, string>? TryParse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(value, SlackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
