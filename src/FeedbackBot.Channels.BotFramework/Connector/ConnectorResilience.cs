using System.Net;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Which Connector calls are retried (PROTOCOLS.md 3.5; msteams-docs bots/how-to/rate-limit.md):
/// retry 429, 412, 500, 502, 503, 504, network errors and attempt timeouts with exponential backoff
/// and jitter, waiting for <c>Retry-After</c> when the Connector sends one. Every other status,
/// 4xx in particular, is final: repeating a bad request only spends rate limit.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    internal static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or
        HttpStatusCode.PreconditionFailed or
        HttpStatusCode.InternalServerError or
        HttpStatusCode.BadGateway or
        HttpStatusCode.ServiceUnavailable or
        HttpStatusCode.GatewayTimeout;
}
