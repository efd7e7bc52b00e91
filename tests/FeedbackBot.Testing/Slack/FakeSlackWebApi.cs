using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FeedbackBot.Testing.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace FeedbackBot.Testing.Slack;

/// <summary>
/// A real Slack Web API peer on loopback (PROTOCOLS.md 6.7, 6.8): <c>POST {ApiBaseUrl}{method}</c>
/// with JSON or form bodies, answered like Slack (HTTP 200, <c>ok:true</c> with <c>ts</c>,
/// <c>channel</c>, <c>view.id</c>, <c>user.locale</c> …; <c>ok:false</c> with <c>not_authed</c>
/// when no bearer token came). It also serves response URLs (<see cref="ResponseUrl"/>). Every
/// request is recorded; tests can await a number of calls, and script a 429 with
/// <c>Retry-After</c> or an <c>ok:false</c> error for the next calls of a method, or an outage of
/// every call until told otherwise (<see cref="BeginOutage"/>).
/// </summary>
public sealed class FakeSlackWebApi : IAsyncDisposable
{
    /// <summary>The <see cref="FakeSlackCall.Method"/> of a post to a response URL.</summary>
    public const string ResponseUrlMethod = "response_url";

    private const string ApiPrefix = "/api/";
    private const string ResponsePrefix = "/response/";

    private readonly bool _record;
    private readonly Action<FakeSlackCall>? _observer;
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Scripted>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CountSignal> _methodCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _locales = new(StringComparer.Ordinal);
    private readonly CountSignal _callCount = new();
    private readonly CountSignal _receivedCount = new();
    private readonly PeerOutage _outage = new();
    private volatile TaskCompletionSource _gate = Open();
    private long _nextId;
    private LoopbackServer? _server;

    private FakeSlackWebApi(bool record, Action<FakeSlackCall>? observer)
    {
        _record = record;
        _observer = observer;
    }

    /// <summary>The value for <c>Slack:ApiBaseUrl</c>, e.g. <c>http://127.0.0.1:54321/api/</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>Every call so far, in arrival order; empty when recording is off.</summary>
    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    public int CallCount => _callCount.Count;

    /// <param name="record">False keeps <see cref="Calls"/> empty (for load runs); counts still work.</param>
    /// <param name="observer">Called with every call as it is answered, on the server's thread; must be thread-safe.</param>
    public static async Task<FakeSlackWebApi> StartAsync(bool record = true, Action<FakeSlackCall>? observer = null)
    {
        var fake = new FakeSlackWebApi(record, observer);
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync).ConfigureAwait(false);
        fake.ApiBaseUrl = new Uri(fake._server.BaseAddress, ApiPrefix);
        return fake;
    }

    /// <summary>A response URL on this fake, as Slack puts in a payload; posts to it are recorded with <paramref name="id"/>.</summary>
    public Uri ResponseUrl(string id) => new(_server!.BaseAddress, ResponsePrefix + Uri.EscapeDataString(id));

    /// <summary>The calls of one method, in arrival order.</summary>
    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    /// <summary>How many calls of <paramref name="method"/> have been answered; counted even when recording is off.</summary>
    public int CallCountOf(string method) => Count(method).Count;

    /// <summary>The locale <c>users.info</c> reports for <paramref name="userId"/> (default <c>en-US</c>).</summary>
    public void SetUserLocale(string userId, string locale) => _locales[userId] = locale;

    /// <summary>Answers the next <paramref name="count"/> calls of <paramref name="method"/> with HTTP 429 and <c>Retry-After</c>.</summary>
    public void RateLimitNext(string method, int count, int retryAfterSeconds) =>
        Script(method, count, new Scripted(StatusCodes.Status429TooManyRequests, retryAfterSeconds.ToString(CultureInfo.InvariantCulture), "ratelimited"));

    /// <summary>Answers the next <paramref name="count"/> calls of <paramref name="method"/> with HTTP 200 <c>{"ok":false,"error":…}</c>.</summary>
    public void FailNext(string method, int count, string error) =>
        Script(method, count, new Scripted(StatusCodes.Status200OK, null, error));

    /// <summary>
    /// Answers every call (Web API and response URLs) with <paramref name="status"/>, and
    /// <c>Retry-After</c> when <paramref name="retryAfterSeconds"/> is set, until the returned handle
    /// is disposed: Slack rate-limiting or down for a while.
    /// </summary>
    public IDisposable BeginOutage(HttpStatusCode status, int? retryAfterSeconds = null) =>
        _outage.Begin((int)status, retryAfterSeconds?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Completes once <paramref name="count"/> calls of any kind have arrived in total.</summary>
    public Task WaitForCallsAsync(int count, TimeSpan timeout, CancellationToken ct = default) =>
        _callCount.WaitAsync(count, timeout, "Slack calls", ct);

    /// <summary>Completes once <paramref name="count"/> calls of <paramref name="method"/> have arrived in total.</summary>
    public Task WaitForCallsAsync(string method, int count, TimeSpan timeout, CancellationToken ct = default) =>
        Count(method).WaitAsync(count, timeout, method + " calls", ct);

    /// <summary>Completes once <paramref name="count"/> requests have arrived, answered or not (see <see cref="Hold"/>).</summary>
    public Task WaitForReceivedAsync(int count, TimeSpan timeout, CancellationToken ct = default) =>
        _receivedCount.WaitAsync(count, timeout, "received Slack requests", ct);

    /// <summary>Holds every request unanswered until the returned handle is disposed: a Slack that is slow to answer.</summary>
    public IDisposable Hold()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _gate = gate;
        return new Release(() =>
        {
            _gate = Open();
            gate.TrySetResult();
        });
    }

    public async ValueTask DisposeAsync()
    {
        _gate.TrySetResult();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private void Script(string method, int count, Scripted scripted)
    {
        var queue = _scripts.GetOrAdd(method, _ => new ConcurrentQueue<Scripted>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(scripted);
        }
    }

    private CountSignal Count(string method) => _methodCounts.GetOrAdd(method, _ => new CountSignal());

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        string method;
        string? responseUrlId = null;
        if (path.StartsWith(ResponsePrefix, StringComparison.Ordinal))
        {
            method = ResponseUrlMethod;
            responseUrlId = Uri.UnescapeDataString(path[ResponsePrefix.Length..]);
        }
        else if (path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            method = path[ApiPrefix.Length..];
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (json, form) = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        _receivedCount.Increment();
        await _gate.Task.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        var authorization = request.Headers.Authorization.Count == 0 ? null : request.Headers.Authorization.ToString();
        var (status, body, retryAfter, error) = Answer(method, authorization, json, form);

        var call = new FakeSlackCall(method, authorization, request.ContentType, json, form, responseUrlId, status, error,
            method == ResponseUrlMethod || !_record ? null : JsonDocument.Parse(body).RootElement.Clone());
        if (_record)
        {
            _calls.Enqueue(call);
        }

        _observer?.Invoke(call);

        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = method == ResponseUrlMethod ? "text/plain" : "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);

        // Counted after the answer is written, so a waiting test sees the call and its effects.
        _callCount.Increment();
        Count(method).Increment();
    }

    private (int Status, byte[] Body, string? RetryAfter, string? Error) Answer(
        string method, string? authorization, JsonElement? json, IReadOnlyDictionary<string, string>? form)
    {
        if (_outage.Current is { } outage)
        {
            var error = outage.Status == StatusCodes.Status429TooManyRequests ? "ratelimited" : "service_unavailable";
            return (outage.Status, Serialize(new { ok = false, error }), outage.RetryAfter, error);
        }

        if (_scripts.TryGetValue(method, out var script) && script.TryDequeue(out var scripted))
        {
            return scripted.Status == StatusCodes.Status200OK
                ? (200, Serialize(new { ok = false, error = scripted.Error }), null, scripted.Error)
                : (scripted.Status, Serialize(new { ok = false, error = scripted.Error }), scripted.RetryAfter, scripted.Error);
        }

        if (method == ResponseUrlMethod)
        {
            return (200, Encoding.UTF8.GetBytes("ok"), null, null);
        }

        if (authorization is null || !authorization.StartsWith("Bearer xoxb-", StringComparison.Ordinal))
        {
            return (200, Serialize(new { ok = false, error = "not_authed" }), null, "not_authed");
        }

        string? Field(string name) =>
            json is { ValueKind: JsonValueKind.Object } j && j.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : form?.GetValueOrDefault(name);

        var id = Interlocked.Increment(ref _nextId);
        var ts = $"1700000000.{id:D6}";
        object? answer = method switch
        {
            "chat.postMessage" => new { ok = true, channel = Field("channel"), ts, message = new { text = Field("text"), ts } },
            "chat.update" => new { ok = true, channel = Field("channel"), ts = Field("ts"), text = Field("text") },
            "chat.postEphemeral" => new { ok = true, message_ts = ts },
            "chat.delete" => new { ok = true, channel = Field("channel"), ts = Field("ts") },
            "views.open" or "views.update" or "views.push" => new { ok = true, view = new { id = $"V{id:D8}", hash = $"hash-{id}" } },
            "conversations.open" => new { ok = true, channel = new { id = $"D{Field("users")}" } },
            "users.info" => new { ok = true, user = new { id = Field("user"), locale = _locales.GetValueOrDefault(Field("user") ?? "", "en-US") } },
            "auth.test" => new { ok = true, user_id = "UBOT", bot_id = "BBOT", team_id = "T0001" },
            _ => null,
        };
        return answer is null
            ? (200, Serialize(new { ok = false, error = "unknown_method" }), null, "unknown_method")
            : (200, Serialize(answer), null, null);
    }

    private static async Task<(JsonElement? Json, IReadOnlyDictionary<string, string>? Form)> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            return (null, QueryHelpers.ParseQuery(text).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal));
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static byte[] Serialize(object value) => JsonSerializer.SerializeToUtf8Bytes(value);

    private sealed record Scripted(int Status, string? RetryAfter, string Error);

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
