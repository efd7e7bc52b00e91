using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// The Web API over a typed <see cref="HttpClient"/> (PROTOCOLS.md 6.7): <c>POST {ApiBaseUrl}{method}</c>
/// with <c>Authorization: Bearer xoxb-…</c> and a JSON body (<c>application/json; charset=utf-8</c>),
/// or a form body for the read methods, which do not all accept JSON. Slack answers HTTP 200 with
/// <c>ok:false</c> for errors; those become <see cref="SlackApiException"/> with Slack's code.
/// 429 is retried by the resilience handler beneath this client.
/// </summary>
internal sealed partial class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, ILogger<SlackWebApiClient> logger) : ISlackWebApi
{
    public async Task<PostedMessage> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken ct)
    {
        var result = await CallJsonAsync("chat.postMessage", new PostMessageRequest(channel, message.Text, message.Blocks) { ThreadTs = threadTs }, ct);
        return new PostedMessage(String(result, "channel") ?? channel, String(result, "ts") ?? throw Invalid("chat.postMessage"));
    }

    public Task PostEphemeralAsync(string channel, string user, SlackMessage message, string? threadTs, CancellationToken ct) =>
        CallJsonAsync("chat.postEphemeral", new PostEphemeralRequest(channel, user, message.Text, message.Blocks) { ThreadTs = threadTs }, ct);

    public Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken ct) =>
        CallJsonAsync("chat.update", new UpdateMessageRequest(channel, ts, message.Text, message.Blocks), ct);

    public async Task<string> OpenViewAsync(string triggerId, SlackView view, CancellationToken ct)
    {
        var result = await CallJsonAsync("views.open", new OpenViewRequest(triggerId, view), ct);
        return Nested(result, "view", "id") ?? throw Invalid("views.open");
    }

    public Task UpdateViewAsync(string viewId, SlackView view, CancellationToken ct) =>
        CallJsonAsync("views.update", new UpdateViewRequest(viewId, view), ct);

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct)
    {
        var result = await CallJsonAsync("conversations.open", new OpenConversationRequest(userId), ct);
        return Nested(result, "channel", "id") ?? throw Invalid("conversations.open");
    }

    public async Task<string?> GetUserLocaleAsync(string userId, CancellationToken ct)
    {
        var result = await CallFormAsync("users.info", [new("user", userId), new("include_locale", "true")], ct);
        return Nested(result, "user", "locale");
    }

    private Task<JsonElement> CallJsonAsync<TRequest>(string method, TRequest body, CancellationToken ct) =>
        SendAsync(method, JsonContent.Create(body, options: SlackJson.Options), ct);

    private Task<JsonElement> CallFormAsync(string method, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct) =>
        SendAsync(method, new FormUrlEncodedContent(fields), ct);

    private async Task<JsonElement> SendAsync(string method, HttpContent content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var status = $"http_{(int)response.StatusCode}";
            LogRefused(logger, method, status);
            throw new SlackApiException(method, status);
        }

        JsonElement result;
        try
        {
            result = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        }
        catch (JsonException)
        {
            throw Invalid(method);
        }

        if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = String(result, "error") ?? "unknown_error";
            LogRefused(logger, method, error);
            throw new SlackApiException(method, error);
        }

        return result;
    }

    private SlackApiException Invalid(string method)
    {
        LogRefused(logger, method, "invalid_response");
        return new SlackApiException(method, "invalid_response");
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(outer, out var value) ? String(value, inner) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} refused: {Error}")]
    private static partial void LogRefused(ILogger logger, string method, string error);
}
