using System.Net;
using FeedbackBot.Channels.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// The retry pipeline for calls to Slack (PROTOCOLS.md 6.9; https://docs.slack.dev/apis/web-api/rate-limits):
/// retry 429 after its <c>Retry-After</c>, and 5xx, network errors and attempt timeouts with
/// exponential backoff and jitter. Errors Slack reports as <c>ok:false</c> arrive with HTTP 200
/// and are final: repeating them only spends rate limit.
/// </summary>
internal static class SlackResilience
{
    public const string WebApiPipeline = "slack-web-api";
    public const string ResponseUrlPipeline = "slack-response-url";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context) =>
        HttpRetryPipeline.Configure(
            builder,
            context.ServiceProvider.GetRequiredService<IOptions<SlackResilienceOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            IsTransient);

    internal static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
