using Azure.Core;
using Azure.Core.Pipeline;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>The SDK's retry (exponential, honouring Retry-After), except for requests sent as a <see cref="SingleTry"/>.</summary>
internal sealed class TableRetryPolicy(int maxRetries, DelayStrategy delay) : RetryPolicy(maxRetries, delay)
{
    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        !SingleTry.Applies(message) && base.ShouldRetry(message, exception);

    protected override ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        SingleTry.Applies(message) ? ValueTask.FromResult(false) : base.ShouldRetryAsync(message, exception);
}
