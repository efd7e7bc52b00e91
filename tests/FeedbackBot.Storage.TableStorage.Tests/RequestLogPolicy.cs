using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FeedbackBot.Storage.TableStorage.Tests;

/// <summary>Notes the method and decoded URI of every request to the Table service, so a test can count what a store read.</summary>
internal sealed class RequestLogPolicy : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message) =>
        _requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.ToUri().PathAndQuery)}");
}
