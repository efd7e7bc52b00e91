using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FeedbackBot.Testing.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FeedbackBot.Testing;

/// <summary>
/// A real Bot Connector v3 peer on loopback (PROTOCOLS.md 3.2): send, reply, update, delete and
/// create conversation. It records every request, lets tests await a number of accepted
/// activities, and can be told to fail the next requests (429 with Retry-After, 503, 403 …) or
/// every request until told otherwise (<see cref="BeginOutage"/>).
/// <see cref="ServiceUrl"/> carries a path prefix, as Teams' <c>/teams/</c> does, so a client that
/// drops it gets 404s. Cheap enough for load tests: no logging, no routing, one lock per request;
/// a long load run turns recording off and watches requests through an observer instead, as the
/// recorded bodies would otherwise grow without bound.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _prefix;
    private readonly bool _recordRequests;
    private readonly Action<FakeBotConnectorRequest>? _observer;
    private readonly ConcurrentQueue<FakeBotConnectorRequest> _requests = new();
    private readonly ConcurrentQueue<FakeBotConnectorScriptedResponse> _script = new();
    private readonly CountSignal _requestCount = new();
    private readonly CountSignal _activityCount = new();
    private readonly PeerOutage _outage = new();
    private long _nextId;
    private LoopbackServer? _server;

    private FakeBotConnector(string prefix, bool recordRequests, Action<FakeBotConnectorRequest>? observer)
    {
        _prefix = prefix;
        _recordRequests = recordRequests;
        _observer = observer;
    }

    /// <summary>Where to send Connector calls, e.g. <c>http://127.0.0.1:54321/teams/</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every request received so far, in arrival order; empty when recording is off.</summary>
    public IReadOnlyList<FakeBotConnectorRequest> Requests => [.. _requests];

    /// <summary>Activities accepted (2xx) so far: sends, replies, updates and first messages of created conversations.</summary>
    public int ActivityCount => _activityCount.Count;

    /// <param name="pathPrefix">The service URL's path, e.g. <c>teams/</c>.</param>
    /// <param name="recordRequests">False keeps <see cref="Requests"/> empty; the counts still work.</param>
    /// <param name="observer">Called with every request as it is answered, on the server's thread; must be thread-safe.</param>
    public static async Task<FakeBotConnector> StartAsync(
        string pathPrefix = "teams/", bool recordRequests = true, Action<FakeBotConnectorRequest>? observer = null)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var prefix = "/" + pathPrefix.Trim('/') + (pathPrefix.Trim('/').Length == 0 ? "" : "/");
        var connector = new FakeBotConnector(prefix, recordRequests, observer);
        connector._server = await LoopbackServer.StartAsync(connector.HandleAsync).ConfigureAwait(false);
        connector.ServiceUrl = new Uri(connector._server.BaseAddress, prefix);
        return connector;
    }

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="status"/> instead of handling them.</summary>
    /// <param name="retryAfter">A raw <c>Retry-After</c> value: delta seconds (<c>"1"</c>) or an HTTP date.</param>
    /// <param name="errorCode">When set, the body is <c>{ "error": { "code", "message" } }</c>.</param>
    public void RespondNextWith(int count, HttpStatusCode status, string? retryAfter = null, string? errorCode = null, string? errorMessage = null)
    {
        for (var i = 0; i < count; i++)
        {
            _script.Enqueue(new FakeBotConnectorScriptedResponse(status, retryAfter, errorCode, errorMessage));
        }
    }

    /// <summary>
    /// Answers every request with <paramref name="status"/> (and <paramref name="retryAfter"/>, raw)
    /// until the returned handle is disposed: a Connector throttling or down for a while.
    /// </summary>
    public IDisposable BeginOutage(HttpStatusCode status, string? retryAfter = null) => _outage.Begin((int)status, retryAfter);

    /// <summary>Completes once <paramref name="count"/> activities have been accepted in total.</summary>
    /// <exception cref="TimeoutException">Fewer arrived within <paramref name="timeout"/>.</exception>
    public Task WaitForActivitiesAsync(int count, TimeSpan timeout, CancellationToken ct = default) =>
        _activityCount.WaitAsync(count, timeout, "activities", ct);

    /// <summary>Completes once <paramref name="count"/> requests of any kind have been received in total.</summary>
    /// <exception cref="TimeoutException">Fewer arrived within <paramref name="timeout"/>.</exception>
    public Task WaitForRequestsAsync(int count, TimeSpan timeout, CancellationToken ct = default) =>
        _requestCount.WaitAsync(count, timeout, "requests", ct);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var (operation, conversationId, activityId) = Route(request.Method, rawTarget);
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);

        var (status, responseBody, retryAfter) = _outage.Current is { } outage
            ? (outage.Status, ErrorBody("ServiceError", "The fake Connector is in an outage."), outage.RetryAfter)
            : _script.TryDequeue(out var scripted)
                ? ((int)scripted.Status, ErrorBody(scripted.ErrorCode, scripted.ErrorMessage), scripted.RetryAfter)
                : Handle(operation, conversationId, activityId, body);

        var recorded = new FakeBotConnectorRequest(
            request.Method, rawTarget, operation, conversationId, activityId,
            request.Headers.Authorization.Count == 0 ? null : request.Headers.Authorization.ToString(),
            request.ContentType, body.Element, status);
        if (_recordRequests)
        {
            _requests.Enqueue(recorded);
        }

        _observer?.Invoke(recorded);
        _requestCount.Increment();
        if (status is >= 200 and < 300 && recorded.Activity is not null)
        {
            _activityCount.Increment();
        }

        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (responseBody is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(responseBody, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private (int Status, byte[]? Body, string? RetryAfter) Handle(FakeBotConnectorOperation operation, string? conversationId, string? activityId, ParsedBody body)
    {
        if (operation == FakeBotConnectorOperation.Unknown)
        {
            return (StatusCodes.Status404NotFound, ErrorBody("NotFound", "No such Connector endpoint."), null);
        }

        if (body.Invalid || (operation != FakeBotConnectorOperation.DeleteActivity && body.Element is null))
        {
            return (StatusCodes.Status400BadRequest, ErrorBody("BadSyntax", "The body is not JSON."), null);
        }

        var id = Interlocked.Increment(ref _nextId);
        return operation switch
        {
            FakeBotConnectorOperation.SendToConversation or FakeBotConnectorOperation.ReplyToActivity =>
                (StatusCodes.Status201Created, Serialize(new { id = $"activity-{id}" }), null),
            FakeBotConnectorOperation.UpdateActivity => (StatusCodes.Status200OK, Serialize(new { id = activityId }), null),
            FakeBotConnectorOperation.DeleteActivity => (StatusCodes.Status200OK, null, null),
            _ => (StatusCodes.Status201Created, Serialize(CreatedConversation(body.Element!.Value, id)), null),
        };
    }

    // Mirrors Teams (PROTOCOLS.md 3.4): a channel thread answers "{channel};messageid={n}" plus the
    // first message's id; a 1:1 chat answers its "a:" id only.
    private static object CreatedConversation(JsonElement parameters, long id)
    {
        if (parameters.TryGetProperty("channelData", out var channelData)
            && channelData.ValueKind == JsonValueKind.Object
            && channelData.TryGetProperty("channel", out var channel)
            && channel.ValueKind == JsonValueKind.Object
            && channel.TryGetProperty("id", out var channelId))
        {
            return new { id = $"{channelId.GetString()};messageid={id}", activityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return new { id = $"a:conversation-{id}" };
    }

    private (FakeBotConnectorOperation Operation, string? ConversationId, string? ActivityId) Route(string method, string rawTarget)
    {
        var path = rawTarget.Split('?', 2)[0];
        if (!path.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return (FakeBotConnectorOperation.Unknown, null, null);
        }

        var segments = path[_prefix.Length..].Split('/');
        if (segments.Length < 2 || segments[0] != "v3" || segments[1] != "conversations")
        {
            return (FakeBotConnectorOperation.Unknown, null, null);
        }

        var conversationId = segments.Length > 2 ? Uri.UnescapeDataString(segments[2]) : null;
        var activityId = segments.Length > 4 ? Uri.UnescapeDataString(segments[4]) : null;
        var operation = (segments.Length, method) switch
        {
            (2, "POST") => FakeBotConnectorOperation.CreateConversation,
            (4, "POST") when segments[3] == "activities" => FakeBotConnectorOperation.SendToConversation,
            (5, "POST") when segments[3] == "activities" => FakeBotConnectorOperation.ReplyToActivity,
            (5, "PUT") when segments[3] == "activities" => FakeBotConnectorOperation.UpdateActivity,
            (5, "DELETE") when segments[3] == "activities" => FakeBotConnectorOperation.DeleteActivity,
            _ => FakeBotConnectorOperation.Unknown,
        };
        return (operation, conversationId, activityId);
    }

    private static async Task<ParsedBody> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return new ParsedBody(null, Invalid: false);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            return new ParsedBody(document.RootElement.Clone(), Invalid: false);
        }
        catch (JsonException)
        {
            return new ParsedBody(null, Invalid: true);
        }
    }

    private static byte[]? ErrorBody(string? code, string? message) =>
        code is null ? null : Serialize(new { error = new { code, message = message ?? code } });

    private static byte[] Serialize(object value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);

    private readonly record struct ParsedBody(JsonElement? Element, bool Invalid);
}
