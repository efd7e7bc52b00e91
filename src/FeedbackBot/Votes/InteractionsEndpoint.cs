using System.Text.Json;
using FeedbackBot.Conversations.Votes;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FeedbackBot.Votes;

/// <summary>
/// <c>POST /api/interactions</c>: a helpdesk reports a finished interaction and gets a feedback
/// request for it (201; the same interaction again: 200 with the same request). Refusals are RFC
/// 9457 problem documents and store nothing: 401 without a valid <c>X-Api-Key</c>, 403 for another
/// tenant than the key's, 413 over 64 KB, 415 for a non-JSON body, 400 with per-field errors for
/// malformed JSON, unknown fields or invalid values; 503 with <c>Retry-After</c> while the store is
/// unreachable.
/// </summary>
internal static partial class InteractionsEndpoint
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const int MaxBodyBytes = 64 * 1024;

    private const string RetryAfterSeconds = "5";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<IResult> HandleAsync(
        HttpContext http, ApiKeys keys, FeedbackRequestDesk desk, TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(InteractionsEndpoint).FullName!);
        if (keys.Match(http.Request.Headers[ApiKeyHeader]) is not { } key)
        {
            LogRefused(logger, "missing or unknown API key");
            return Problem(StatusCodes.Status401Unauthorized, "A valid X-Api-Key header is required.");
        }

        if (!http.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "The body must be application/json.");
        }

        if (await ReadBodyAsync(http.Request, ct) is not { } bytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes / 1024} KB.");
        }

        InteractionBody? body;
        try
        {
            body = JsonSerializer.Deserialize<InteractionBody>(bytes, Json);
        }
        catch (JsonException ex)
        {
            LogRefused(logger, "unreadable JSON");
            return FieldProblem(Field(ex.Path), ex.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Unknown field." : "Malformed JSON, or a value of the wrong type.");
        }

        if (body is null)
        {
            return FieldProblem("$", "The body must be a JSON object.");
        }

        var errors = InteractionValidation.Validate(body, time.GetUtcNow());
        if (errors.Count > 0)
        {
            LogRefused(logger, "invalid fields");
            return TypedResults.ValidationProblem(errors, title: "The interaction has invalid fields.");
        }

        var tenant = body.Tenant ?? key.Tenant ?? Tenants.Default;
        if (key.Tenant is { } bound && bound != tenant)
        {
            return Problem(StatusCodes.Status403Forbidden, "This API key may not create requests for that tenant.");
        }

        RequestResult result;
        try
        {
            result = await desk.CreateAsync(InteractionValidation.ToInteraction(body, tenant), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The store is down (its client has retried already). The same interaction again is
            // safe, it answers the request it created, so the helpdesk is told to retry.
            LogCreateFailed(logger, ex);
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Problem(StatusCodes.Status503ServiceUnavailable, "The feedback request could not be stored just now; send it again later.");
        }

        var response = new InteractionResponse(
            result.Request.RequestId,
            result.Request.InteractionId,
            result.SurveyUrl,
            result.Request.ExpiresAt,
            result.Delivered,
            SkipText(result.Request.Skipped));
        return TypedResults.Json(response, Json, statusCode: result.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static string? SkipText(RequestSkipReason? reason) => reason switch
    {
        RequestSkipReason.OptedOut => "opted-out",
        RequestSkipReason.RecentlyAsked => "recently-asked",
        RequestSkipReason.SampledOut => "sampled-out",
        _ => null,
    };

    /// <summary>The body, or <c>null</c> when it exceeds <see cref="MaxBodyBytes"/> (checked before and while reading).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Field(string? path) => path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";

    private static ValidationProblem FieldProblem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The body could not be read.");

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);

    [LoggerMessage(Level = LogLevel.Error, Message = "POST /api/interactions could not store the request; the helpdesk was answered 503")]
    private static partial void LogCreateFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "POST /api/interactions refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
