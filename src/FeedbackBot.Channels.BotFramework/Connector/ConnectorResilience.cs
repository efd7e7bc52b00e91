using System.Net;
using FeedbackBot.Channels.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

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

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context) =>
        HttpRetryPipeline.Configure(
            builder,
            context.ServiceProvider.GetRequiredService<IOptions<ConnectorResilienceOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            IsTransient);

    internal static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or
        HttpStatusCode.PreconditionFailed or
        HttpStatusCode.InternalServerError or
        HttpStatusCode.BadGateway or
        HttpStatusCode.ServiceUnavailable or
        HttpStatusCode.GatewayTimeout;
}
