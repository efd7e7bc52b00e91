using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace FeedbackBot.Channels.Http;

/// <summary>
/// Enforces each endpoint's <see cref="IRequestSizeLimitMetadata"/> with a 413 problem answer:
/// a declared <c>Content-Length</c> over the limit is refused before the endpoint runs (so an
/// endpoint that never reads its body still refuses it), and a chunked body that grows past it is
/// cut off by the server while the endpoint reads. The server raises that refusal (like a
/// malformed chunked body) as <see cref="BadHttpRequestException"/>; it is answered with the
/// status the server chose instead of reaching the exception handler as a 500.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    /// <summary>
    /// A refused body up to this size is still read and dropped after the 413, so the connection
    /// stays usable and the client reads the answer; the server closes a connection with a larger
    /// unread body, and the client may then see a reset instead of the 413.
    /// </summary>
    private const long DrainLimit = 8 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.GetEndpoint()?.Metadata;
        var limit = metadata?.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        var problemBody = metadata?.GetMetadata<RequestBodyLimit>()?.ProblemBody ?? true;
        if (limit is { } max)
        {
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } writable ? writable : null;
            if (context.Request.ContentLength is { } length && length > max)
            {
                if (feature is not null && length <= DrainLimit)
                {
                    feature.MaxRequestBodySize = length;
                }

                await RefuseAsync(context, max, problemBody);
                return;
            }

            if (feature is not null)
            {
                feature.MaxRequestBodySize = max;
            }
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            if (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await RefuseAsync(context, limit ?? 0, problemBody);
                return;
            }

            context.Response.StatusCode = ex.StatusCode;
            if (problemBody)
            {
                await Results.Problem(statusCode: ex.StatusCode, detail: "The request could not be read.").ExecuteAsync(context);
            }
        }
    }

    private static Task RefuseAsync(HttpContext context, long max, bool problemBody)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return problemBody
            ? Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The body is larger than this endpoint accepts ({max} bytes).").ExecuteAsync(context)
            : Task.CompletedTask;
    }
}

/// <summary>Adding <see cref="RequestBodyLimitMiddleware"/> to the pipeline.</summary>
public static class RequestBodyLimitMiddlewareExtensions
{
    /// <summary>After routing (so the endpoint is known) and before the endpoints.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyLimitMiddleware>();
}
