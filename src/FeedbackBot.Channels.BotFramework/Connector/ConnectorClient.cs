using System.Net.Http.Headers;
using System.Text.Json;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST client over a typed <see cref="HttpClient"/>. Authentication
/// (<see cref="BotAuthorizationHandler"/>) and retries (<see cref="ConnectorResilience"/>) live in
/// the client's handler pipeline, so this class only maps operations onto HTTP (PROTOCOLS.md 3.2).
/// </summary>
internal sealed class ConnectorClient(HttpClient http) : IConnectorClient
{
    // The body of an error answer is read only to find error.code; a cap keeps a hostile or broken
    // peer from making us buffer megabytes.
    private const int MaxErrorBodyBytes = 64 * 1024;

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>("SendToConversation", HttpMethod.Post, ConnectorRoutes.Activities(serviceUrl, conversationId), activity, ct);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorRoutes.Activity(serviceUrl, conversationId, replyToId);
        if (!Agrees(activity.ReplyToId, replyToId))
        {
            throw new ArgumentException("The activity's replyToId differs from the activity replied to.", nameof(activity));
        }

        activity.ReplyToId = replyToId;
        return SendAsync<ResourceResponse>("ReplyToActivity", HttpMethod.Post, uri, activity, ct);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorRoutes.Activity(serviceUrl, conversationId, activityId);
        if (!Agrees(activity.Id, activityId))
        {
            throw new ArgumentException("The activity's id differs from the activity being updated.", nameof(activity));
        }

        activity.Id = activityId;
        return SendAsync<ResourceResponse>("UpdateActivity", HttpMethod.Put, uri, activity, ct);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync<ConversationResourceResponse>("CreateConversation", HttpMethod.Post, ConnectorRoutes.Conversations(serviceUrl), parameters, ct);
    }

    private static bool Agrees(string? current, string required) =>
        current is null || string.Equals(current, required, StringComparison.Ordinal);

    private async Task<TResponse> SendAsync<TResponse>(string operation, HttpMethod method, Uri uri, object body, CancellationToken ct)
        where TResponse : new()
    {
        // Bytes, not a streaming JsonContent: the retry handler may send the same request again.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotFrameworkJson.Options));
        content.Headers.ContentType = JsonContentType;
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(operation, response, ct).ConfigureAwait(false);
        }

        var payload = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        return payload.Length == 0
            ? new TResponse()
            : JsonSerializer.Deserialize<TResponse>(payload, BotFrameworkJson.Options) ?? new TResponse();
    }

    private static async Task<ConnectorException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken ct)
    {
        var error = await ReadErrorAsync(response, ct).ConfigureAwait(false);
        return new ConnectorException(operation, response.StatusCode, error?.Code, error?.Message);
    }

    private static async Task<ErrorDetails?> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            try
            {
                return JsonSerializer.Deserialize<ErrorResponse>(buffer.AsSpan(0, length), BotFrameworkJson.Options)?.Error;
            }
            catch (JsonException)
            {
                // Not an ErrorResponse (an HTML error page from a proxy, a truncated body): the status code alone is the answer.
                return null;
            }
        }
    }
}
