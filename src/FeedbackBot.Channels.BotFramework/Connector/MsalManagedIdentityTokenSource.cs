using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// UserAssignedMSI bots: the token comes from the host's managed-identity endpoint for the
/// user-assigned identity whose client id is <c>MicrosoftAppId</c> (PROTOCOLS.md 2.5). MSAL finds
/// the endpoint (App Service, IMDS, …) from the environment and caches the token in memory.
/// </summary>
internal sealed class MsalManagedIdentityTokenSource : IBotTokenSource
{
    private readonly IManagedIdentityApplication _app;
    private readonly string _resource;

    public MsalManagedIdentityTokenSource(string clientId, string resource, IMsalHttpClientFactory http)
    {
        _app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(clientId))
            .WithHttpClientFactory(http)
            .Build();
        _resource = resource;
    }

    public async Task<BotAccessToken> AcquireAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(ct).ConfigureAwait(false);
        return new BotAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
