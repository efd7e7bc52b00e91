using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

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

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SlackResilienceOptions>>().Value;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();

        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),

                // Polly caps only its own backoff at MaxDelay, so the header value is capped here.
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, time.GetUtcNow(), options.MaxDelay)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };
}
