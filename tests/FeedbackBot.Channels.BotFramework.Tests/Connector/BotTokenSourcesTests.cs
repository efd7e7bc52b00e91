using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class BotTokenSourcesTests
{
    private static readonly MsalHttpClientFactory MsalHttp =
        new(new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>());

    [Fact]
    public void Create_NoAppId_IsLocalModeWithoutSource()
    {
        var source = BotTokenSources.Create(new BotFrameworkOptions { MicrosoftAppPassword = "ignored" }, MsalHttp);

        Assert.Null(source);
    }

    [Fact]
    public void Create_MultiTenantWithPassword_UsesClientCredentials()
    {
        var source = BotTokenSources.Create(new BotFrameworkOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret" }, MsalHttp);

        Assert.IsType<MsalClientCredentialTokenSource>(source);
    }

    [Fact]
    public void Create_UserAssignedMsi_UsesManagedIdentity()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = BotAppType.UserAssignedMsi, MicrosoftAppId = "mi-client-id", MicrosoftAppTenantId = "tenant" };

        var source = BotTokenSources.Create(options, MsalHttp);

        Assert.IsType<MsalManagedIdentityTokenSource>(source);
    }

    [Fact]
    public void Create_MultiTenantWithoutPassword_Throws()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = "app" };

        var exception = Assert.Throws<InvalidOperationException>(() => BotTokenSources.Create(options, MsalHttp));

        Assert.Contains("MicrosoftAppPassword", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SingleTenantWithoutTenant_Throws()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppId = "app", MicrosoftAppPassword = "secret" };

        var exception = Assert.Throws<InvalidOperationException>(() => BotTokenSources.Create(options, MsalHttp));

        Assert.Contains("MicrosoftAppTenantId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UserAssignedMsiWithPassword_ThrowsWithoutEchoingIt()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = BotAppType.UserAssignedMsi, MicrosoftAppId = "mi", MicrosoftAppPassword = "leaked-secret" };

        var exception = Assert.Throws<InvalidOperationException>(() => BotTokenSources.Create(options, MsalHttp));

        Assert.DoesNotContain("leaked-secret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownAppType_Throws()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = "Federated", MicrosoftAppId = "app", MicrosoftAppPassword = "secret" };

        Assert.Throws<InvalidOperationException>(() => BotTokenSources.Create(options, MsalHttp));
    }
}
