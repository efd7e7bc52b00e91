using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Tests.Configuration;

/// <summary>The SDK's <c>ChannelService</c> key (PROTOCOLS.md 2.1): the US Government cloud's endpoints, overrides kept.</summary>
public sealed class GovernmentCloudTests
{
    [Fact]
    public void Bind_GovernmentChannelService_UsesTheGovernmentCloudsEndpoints()
    {
        var options = Bind(new() { ["ChannelService"] = "https://botframework.azure.us" });

        Assert.Equal("https://login.botframework.azure.us/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.us", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration", options.ToBotFromEmulatorOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.us", options.ToChannelFromBotLoginUrl);
        Assert.Equal("https://api.botframework.us", options.ToChannelFromBotOAuthScope);
    }

    [Fact]
    public void Bind_GovernmentChannelServiceWithAnOverride_KeepsTheOverride()
    {
        var options = Bind(new()
        {
            ["ChannelService"] = "https://botframework.azure.us",
            ["ToBotFromChannelTokenIssuer"] = "https://issuer.private.example",
        });

        Assert.Equal("https://issuer.private.example", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.us", options.ToChannelFromBotLoginUrl);
    }

    [Fact]
    public void Bind_NoChannelService_KeepsThePublicCloud()
    {
        var options = Bind([]);

        Assert.Equal(BotFrameworkOptions.PublicCloudChannelOpenIdMetadataUrl, options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal(BotFrameworkOptions.PublicCloudChannelTokenIssuer, options.ToBotFromChannelTokenIssuer);
        Assert.Equal(BotFrameworkOptions.PublicCloudLoginUrl, options.ToChannelFromBotLoginUrl);
        Assert.Equal(BotFrameworkOptions.PublicCloudOAuthScope, options.ToChannelFromBotOAuthScope);
    }

    [Fact]
    public void Validate_ChannelServiceOfNoKnownCloud_FailsNamingTheKey()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret", ChannelService = "https://botframework.example" };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("ChannelService", result.FailureMessage, StringComparison.Ordinal);
    }

    private static BotFrameworkOptions Bind(Dictionary<string, string?> settings)
    {
        settings["MicrosoftAppId"] = "app";
        settings["MicrosoftAppPassword"] = "secret";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddBotFrameworkChannel(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }
}
