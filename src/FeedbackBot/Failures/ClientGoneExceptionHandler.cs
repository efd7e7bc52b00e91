using Microsoft.AspNetCore.Diagnostics;

namespace FeedbackBot.Failures;

/// <summary>
/// A request whose client went away (it timed out or closed the connection) while a store or peer
/// call was failing. ASP.NET Core recognises an abort only when the exception is the cancellation
/// itself; a store call cancelled mid-retry surfaces as the SDK's <see cref="AggregateException"/>
/// instead, which would otherwise be logged as an unhandled error and answered with a 500 that
/// nobody receives. Runs first, so nothing is written for a client that is gone.
/// </summary>
internal sealed partial class ClientGoneExceptionHandler(ILogger<ClientGoneExceptionHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.RequestAborted.IsCancellationRequested)
        {
            return ValueTask.FromResult(false);
        }

        var route = FailedRoute.Of(httpContext);
        var exceptionType = exception.GetType().Name;
        LogClientGone(logger, httpContext.Request.Method, route, exceptionType);
        httpContext.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
        return ValueTask.FromResult(true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route}: the client went away before the answer ({ExceptionType}); nothing was sent")]
    private static partial void LogClientGone(ILogger logger, string method, string route, string exceptionType);
}
