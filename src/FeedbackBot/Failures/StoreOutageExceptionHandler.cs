using System.Globalization;
using FeedbackBot.Core.Health;
using FeedbackBot.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace FeedbackBot.Failures;

/// <summary>
/// The store is unreachable, overloaded or timed out (as the active store's
/// <see cref="IStoreFailureClassifier"/> judges the exception): answer 503 with a problem body and
/// <c>Retry-After</c>, so clients and channels retry, instead of a 500 that says "defect". Every
/// endpoint gets this, including those that do not expect the store to fail; endpoints with a
/// better answer of their own (the survey page, the helpdesk API) still catch first.
/// </summary>
internal sealed partial class StoreOutageExceptionHandler(
    IEnumerable<IStoreFailureClassifier> classifiers, IProblemDetailsService problems, ILogger<StoreOutageExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait; the store's own retries already spent a few.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!classifiers.Any(c => c.IsOutage(exception)))
        {
            return false;
        }

        LogStoreOutage(logger, exception, httpContext.Request.Method, FailedRoute.Of(httpContext));
        var culture = RequestCulture.Of(httpContext.Request);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = FailureTexts.Get(FailureTexts.StoreUnavailableTitle, culture),
                Detail = FailureTexts.Get(FailureTexts.StoreUnavailableDetail, culture),
            },
        }).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Route}: the store is unavailable; answered 503")]
    private static partial void LogStoreOutage(ILogger logger, Exception exception, string method, string route);
}
