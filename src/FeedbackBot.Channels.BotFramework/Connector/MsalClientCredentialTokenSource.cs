using Microsoft.Identity.Client;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// MultiTenant and SingleTenant bots: the OAuth2 client-credentials grant through MSAL
/// (PROTOCOLS.md 3.1). One application object per provider, so MSAL's in-memory app-token cache
/// is shared by every call.
/// </summary>
internal sealed class MsalClientCredentialTokenSource : IBotTokenSource
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalClientCredentialTokenSource(string appId, string password, string authority, string scope, bool validateAuthority, IMsalHttpClientFactory http)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(password)
            .WithHttpClientFactory(http)
            .WithAuthority(authority, validateAuthority);

        if (!validateAuthority)
        {
            // Private clouds and local test issuers are not hosts Microsoft's instance-discovery
            // service knows. Turning discovery off makes MSAL take the authority as given and post
            // to {authority}/oauth2/v2.0/token directly, with no call to login.microsoftonline.com
            // and no metadata document needed. (WithOidcAuthority would also work but needs an
            // OpenID configuration document; WithGenericAuthority is experimental.)
            builder = builder.WithInstanceDiscovery(false);
        }

        _app = builder.Build();
        _scopes = [scope];
    }

    public async Task<BotAccessToken> AcquireAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(ct).ConfigureAwait(false);
        return new BotAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
