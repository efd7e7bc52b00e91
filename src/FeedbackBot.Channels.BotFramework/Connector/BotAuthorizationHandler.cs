using System.Net.Http.Headers;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Puts the bot's bearer token on every Connector request, retries included (it sits inside the
/// retry handler, so a retry after expiry gets a fresh token). In local mode the header is left
/// off entirely (PROTOCOLS.md 2.6).
/// </summary>
internal sealed class BotAuthorizationHandler(IBotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
