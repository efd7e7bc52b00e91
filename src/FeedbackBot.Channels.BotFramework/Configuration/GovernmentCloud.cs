using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Configuration;

/// <summary>
/// The SDK's <c>ChannelService</c> switch (PROTOCOLS.md 2.1; botbuilder-dotnet
/// GovernmentAuthenticationConstants.cs): <c>https://botframework.azure.us</c> selects the US
/// Government cloud's endpoints. They replace every endpoint key still at its public-cloud default,
/// so a key set explicitly (a private cloud, a test issuer) keeps its value, as the SDK's
/// parameterized keys win over <c>ChannelService</c>.
/// </summary>
public sealed class GovernmentCloud : IPostConfigureOptions<BotFrameworkOptions>
{
    public const string ChannelService = "https://botframework.azure.us";
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration";
    public const string ChannelTokenIssuer = "https://api.botframework.us";
    public const string EmulatorOpenIdMetadataUrl = "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration";
    public const string LoginUrl = "https://login.microsoftonline.us";
    public const string OAuthScope = "https://api.botframework.us";

    /// <summary>The tenant a MultiTenant bot asks for its token in this cloud (the public cloud's is <c>botframework.com</c>).</summary>
    public const string MultiTenantLoginTenant = "MicrosoftServices.onmicrosoft.us";

    public void PostConfigure(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsGovernmentCloud)
        {
            return;
        }

        options.ToBotFromChannelOpenIdMetadataUrl = Unless(options.ToBotFromChannelOpenIdMetadataUrl, BotFrameworkOptions.PublicCloudChannelOpenIdMetadataUrl, ChannelOpenIdMetadataUrl);
        options.ToBotFromChannelTokenIssuer = Unless(options.ToBotFromChannelTokenIssuer, BotFrameworkOptions.PublicCloudChannelTokenIssuer, ChannelTokenIssuer);
        options.ToBotFromEmulatorOpenIdMetadataUrl = Unless(options.ToBotFromEmulatorOpenIdMetadataUrl, BotFrameworkOptions.PublicCloudEmulatorOpenIdMetadataUrl, EmulatorOpenIdMetadataUrl);
        options.ToChannelFromBotLoginUrl = Unless(options.ToChannelFromBotLoginUrl, BotFrameworkOptions.PublicCloudLoginUrl, LoginUrl);
        options.ToChannelFromBotOAuthScope = Unless(options.ToChannelFromBotOAuthScope, BotFrameworkOptions.PublicCloudOAuthScope, OAuthScope);
    }

    /// <summary>The Government value, unless the key was given a value of its own.</summary>
    private static string Unless(string configured, string publicDefault, string government) =>
        string.Equals(configured.TrimEnd('/'), publicDefault, StringComparison.OrdinalIgnoreCase) ? government : configured;
}
