namespace FeedbackBot.Failures;

/// <summary>
/// The route pattern of the failed request (<c>/feedback/{token}</c>), never its path: paths carry
/// survey and summary tokens and Direct Line conversation ids, which must not reach the logs.
/// </summary>
internal static class FailedRoute
{
    public static string Of(HttpContext http) =>
        (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
}
