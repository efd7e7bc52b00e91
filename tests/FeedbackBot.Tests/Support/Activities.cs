using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FeedbackBot.Tests.Support;

/// <summary>Builds inbound activities as channels send them, and posts them to /api/messages.</summary>
public static class Activities
{
    public const string BotId = "28:feedbackbot-app";
    public const string TenantId = "72f9-tenant";

    public static JsonObject TeamsMessage(Uri serviceUrl, string text, string conversationId = "a:personal-1", string userId = "29:ada", string? locale = "en-US") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-20T10:00:00.000Z",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Ada Lovelace", ["aadObjectId"] = "6f0b-ada" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "FeedbackBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = locale,
        ["text"] = text,
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode activity, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static string? TextOf(JsonElement? activity) =>
        activity is { } a && a.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>What a person sees of a bot message: its text, else the text blocks of its cards.</summary>
    public static string? VisibleTextOf(JsonElement? activity)
    {
        if (TextOf(activity) is { } text)
        {
            return text;
        }

        if (activity is not { } a || !a.TryGetProperty("attachments", out var attachments))
        {
            return null;
        }

        var blocks = attachments.EnumerateArray()
            .Where(attachment => attachment.TryGetProperty("content", out var content) && content.TryGetProperty("body", out _))
            .SelectMany(attachment => attachment.GetProperty("content").GetProperty("body").EnumerateArray())
            .Where(block => block.TryGetProperty("type", out var type) && type.GetString() == "TextBlock")
            .Select(block => block.GetProperty("text").GetString());
        return string.Join(" ", blocks);
    }

    public static async Task<JsonElement> JsonBodyAsync(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
