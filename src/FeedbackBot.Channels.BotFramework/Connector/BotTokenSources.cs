using FeedbackBot.Channels.BotFramework.Configuration;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Picks how the bot gets its token from <c>MicrosoftAppType</c> (PROTOCOLS.md 2.5). Invalid
/// combinations stop the bot instead of sending unauthenticated requests.
/// </summary>
internal static class BotTokenSources
{
    /// <returns><c>null</c> in local mode (no app id): outbound calls go without a token.</returns>
    public static IBotTokenSource? Create(BotFrameworkOptions options, MsalHttpClientFactory msalHttp)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsLocalMode)
        {
            return null;
        }

        return options.MicrosoftAppType switch
        {
            BotAppType.MultiTenant => ClientCredentials(options, msalHttp, options.IsGovernmentCloud ? GovernmentCloud.MultiTenantLoginTenant : BotFrameworkOptions.MultiTenantLoginTenant),
            BotAppType.SingleTenant => ClientCredentials(options, msalHttp, Required(options.MicrosoftAppTenantId, "MicrosoftAppTenantId is required for SingleTenant.")),
            BotAppType.UserAssignedMsi => ManagedIdentity(options, msalHttp),
            _ => throw new InvalidOperationException($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of {BotAppType.MultiTenant}, {BotAppType.SingleTenant}, {BotAppType.UserAssignedMsi}."),
        };
    }

    private static MsalClientCredentialTokenSource ClientCredentials(BotFrameworkOptions options, MsalHttpClientFactory msalHttp, string tenant)
    {
        Required(options.MicrosoftAppPassword, $"MicrosoftAppPassword is required for {options.MicrosoftAppType}.");
        var authority = $"{options.ToChannelFromBotLoginUrl.TrimEnd('/')}/{tenant}";
        return new MsalClientCredentialTokenSource(options.MicrosoftAppId, options.MicrosoftAppPassword, authority, Scope(options), options.ValidateAuthority, msalHttp);
    }

    private static MsalManagedIdentityTokenSource ManagedIdentity(BotFrameworkOptions options, MsalHttpClientFactory msalHttp)
    {
        if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            throw new InvalidOperationException("MicrosoftAppPassword must be empty for UserAssignedMSI: the managed identity has no secret.");
        }

        // Managed identity endpoints take a resource, not a scope.
        return new MsalManagedIdentityTokenSource(options.MicrosoftAppId, options.ToChannelFromBotOAuthScope, msalHttp);
    }

    // The SDK appends /.default when the configured scope lacks it (PROTOCOLS.md 3.1).
    private static string Scope(BotFrameworkOptions options)
    {
        var scope = options.ToChannelFromBotOAuthScope.TrimEnd('/');
        return scope.EndsWith("/.default", StringComparison.Ordinal) ? scope : scope + "/.default";
    }

    private static string Required(string value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException(message) : value;
}
