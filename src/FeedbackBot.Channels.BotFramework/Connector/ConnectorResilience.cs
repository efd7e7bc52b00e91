using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// The retry pipeline for Connector calls (PROTOCOLS.md 3.5; msteams-docs bots/how-to/rate-limit.md):
/// retry 429, 412, 500, 502, 503, 504, network errors and attempt timeouts with exponential backoff
/// and jitter, waiting for <c>Retry-After</c> when the Connector sends one. Every other status,
/// 4xx in particular, is final: repeating a bad request only spends rate limit.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorResilienceOptions>>().Value;
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
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    internal static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or
        HttpStatusCode.PreconditionFailed or
        HttpStatusCode.InternalServerError or
        HttpStatusCode.BadGateway or
        HttpStatusCode.ServiceUnavailable or
        HttpStatusCode.GatewayTimeout;
}
