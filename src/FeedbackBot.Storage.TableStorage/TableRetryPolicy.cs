using Azure.Core;
using Azure.Core.Pipeline;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// The SDK's retry, exponential from <see cref="Delay"/> up to <see cref="MaxDelay"/> and honouring
/// Retry-After, except for requests sent as a <see cref="SingleTry"/>, which are sent once.
/// </summary>
internal sealed class TableRetryPolicy(int maxRetries, TimeSpan delay, TimeSpan maxDelay)
    : RetryPolicy(maxRetries, DelayStrategy.CreateExponentialDelayStrategy(delay, maxDelay))
{
    public int MaxRetries { get; } = maxRetries;

    public TimeSpan Delay { get; } = delay;

    public TimeSpan MaxDelay { get; } = maxDelay;

    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        !SingleTry.Applies(message) && base.ShouldRetry(message, exception);

    protected override ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        SingleTry.Applies(message) ? ValueTask.FromResult(false) : base.ShouldRetryAsync(message, exception);
}
