using System.Net;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// Which calls to Slack are retried (PROTOCOLS.md 6.9; https://docs.slack.dev/apis/web-api/rate-limits):
/// retry 429 after its <c>Retry-After</c>, and 5xx, network errors and attempt timeouts with
/// exponential backoff and jitter. Errors Slack reports as <c>ok:false</c> arrive with HTTP 200
/// and are final: repeating them only spends rate limit.
/// </summary>
internal static class SlackResilience
{
    public const string WebApiPipeline = "slack-web-api";
    public const string ResponseUrlPipeline = "slack-response-url";

    internal static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
