namespace FeedbackBot.Channels.BotFramework.Configuration;

/// <summary>
/// The Bot Framework identity and endpoints, bound from the configuration root with the SDK's own
/// key names (<c>MicrosoftAppId</c>, <c>ToBotFromChannelOpenIdMetadataUrl</c>, …) so anyone who
/// has configured a Bot Framework bot knows them. An empty <see cref="MicrosoftAppId"/> is local
/// mode: no inbound authentication and no outbound token, as the SDK does.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string PublicCloudChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicCloudChannelTokenIssuer = "https://api.botframework.com";
    public const string PublicCloudEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string PublicCloudLoginUrl = "https://login.microsoftonline.com";
    public const string PublicCloudOAuthScope = "https://api.botframework.com";
    public const string MultiTenantLoginTenant = "botframework.com";

    /// <summary>
    /// Empty for the public cloud; <see cref="GovernmentCloud.ChannelService"/> for the US Government
    /// cloud, whose endpoints then replace the public-cloud defaults of the keys below.
    /// </summary>
    public string ChannelService { get; set; } = "";

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>Required for <c>SingleTenant</c> and <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = PublicCloudChannelOpenIdMetadataUrl;

    public string ToBotFromChannelTokenIssuer { get; set; } = PublicCloudChannelTokenIssuer;

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = PublicCloudEmulatorOpenIdMetadataUrl;

    /// <summary>Authority host for the bot's outbound token (the tenant is appended).</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = PublicCloudLoginUrl;

    public string ToChannelFromBotOAuthScope { get; set; } = PublicCloudOAuthScope;

    /// <summary>Whether MSAL validates the authority against its known list (false for private clouds and tests).</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>True when <see cref="ChannelService"/> selects the US Government cloud.</summary>
    public bool IsGovernmentCloud => string.Equals(ChannelService.TrimEnd('/'), GovernmentCloud.ChannelService, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when no app id is configured: the local, credential-less mode.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>The values <see cref="BotFrameworkOptions.MicrosoftAppType"/> accepts.</summary>
public static class BotAppType
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
