using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FeedbackBot.Channels.Http;

/// <summary>
/// The retry pipeline every outbound channel call uses: a total timeout, then retries with
/// exponential backoff and jitter that wait for <c>Retry-After</c> when the peer sends one, then a
/// per-attempt timeout. Which statuses are worth repeating is the channel's call (the Bot
/// Connector and Slack document different lists); network errors and attempt timeouts always are,
/// a caller's cancellation never.
/// </summary>
public static class HttpRetryPipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, HttpRetryOptions options, TimeProvider time, Func<HttpStatusCode, bool> isTransientStatus)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        builder.AddTimeout(options.TotalTimeout);

        // Zero retries is a legitimate setting ("one attempt only"), but Polly refuses a retry
        // strategy with MaxRetryAttempts 0, so none is added then.
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, isTransientStatus)),

                // Polly caps only its own backoff at MaxDelay, so the header value is capped here.
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, time.GetUtcNow(), options.MaxDelay)),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>Whether an attempt's outcome is worth another attempt.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, Func<HttpStatusCode, bool> isTransientStatus)
    {
        ArgumentNullException.ThrowIfNull(isTransientStatus);
        return outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => isTransientStatus(response.StatusCode),
            _ => false,
        };
    }
}
