using Azure.Core;
using Azure.Core.Pipeline;

namespace FeedbackBot.Storage.TableStorage.Tests;

/// <summary>
/// Lets the next matching requests reach the service, then throws away the answer as a dropped
/// connection would: the service has applied the write, the client does not know, and the SDK's
/// retry sends the write again.
/// </summary>
internal sealed class LoseResponsesPolicy(Func<HttpMessage, bool> matches, int count) : HttpPipelinePolicy
{
    private int _remaining = count;
    private int _lost;

    public int Lost => Volatile.Read(ref _lost);

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        LoseIfMatching(message);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        LoseIfMatching(message);
    }

    private void LoseIfMatching(HttpMessage message)
    {
        if (matches(message) && Interlocked.Decrement(ref _remaining) >= 0)
        {
            Interlocked.Increment(ref _lost);
            throw new IOException("The connection dropped before the response arrived (test).");
        }
    }
}
