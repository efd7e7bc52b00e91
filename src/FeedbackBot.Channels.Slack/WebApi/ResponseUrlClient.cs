using System.Net.Http.Json;
using System.Text.Json;
using FeedbackBot.Channels.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// Posts JSON messages to <c>response_url</c>s without any credential (PROTOCOLS.md 6.3). Slack
/// answers 200 on success and an error status with a short code (<c>expired_url</c>,
/// <c>used_url</c> …) otherwise; the code becomes the <see cref="SlackApiException"/>'s error.
/// </summary>
internal sealed partial class ResponseUrlClient(HttpClient http, ILogger<ResponseUrlClient> logger) : IResponseUrlClient
{
    private const string Method = "response_url";
    private const int MaxErrorLength = 64;

    public async Task PostAsync(Uri responseUrl, ResponseUrlMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        using var response = await http.PostAsJsonAsync(responseUrl, message, SlackJson.Options, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode && !IsOkFalse(body))
        {
            return;
        }

        var error = ErrorCode(body) ?? $"http_{(int)response.StatusCode}";
        LogRefused(logger, error);
        throw new SlackApiException(Method, error);
    }

    private static bool IsOkFalse(string body) =>
        body.TrimStart().StartsWith('{') && ErrorCode(body) is not null;

    /// <summary>Slack's code from <c>{"ok":false,"error":"…"}</c> or a bare short word; anything else is not echoed.</summary>
    private static string? ErrorCode(string body)
    {
        var trimmed = body.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(trimmed);
                return json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.False
                    && json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                        ? error.GetString()
                        : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return trimmed.Length is > 0 and <= MaxErrorLength && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && trimmed != "ok"
            ? trimmed
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack response_url refused: {Error}")]
    private static partial void LogRefused(ILogger logger, string error);
}
