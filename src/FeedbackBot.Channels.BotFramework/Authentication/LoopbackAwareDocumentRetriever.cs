using Microsoft.IdentityModel.Protocols;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// Fetches OpenID metadata and keys documents over the named client, requiring HTTPS for every
/// address except loopback ones, so tests can serve metadata from <c>http://127.0.0.1</c> while a
/// misconfigured production URL over plain HTTP is still refused. Decided per address, so a
/// loopback metadata document cannot point <c>jwks_uri</c> at a remote plain-HTTP host.
/// </summary>
internal sealed class LoopbackAwareDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "FeedbackBot.BotFramework.OpenIdMetadata";

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        // A client per fetch: IHttpClientFactory then rotates handlers, so DNS changes are seen by this long-lived cache.
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
        {
            RequireHttps = !IsLoopback(address),
        };
        return retriever.GetDocumentAsync(address, cancel);
    }

    internal static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
