using FeedbackBot.Channels.BotFramework.Configuration;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

/// <summary>
/// MSAL finds the managed-identity endpoint only through process environment variables
/// (App Service: <c>IDENTITY_ENDPOINT</c> + <c>IDENTITY_HEADER</c>), so these tests set them and
/// run alone, never beside another test.
/// </summary>
[CollectionDefinition(nameof(ManagedIdentityTokenTests), DisableParallelization = true)]
[Collection(nameof(ManagedIdentityTokenTests))]
public sealed class ManagedIdentityTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendToConversation_UserAssignedMsi_SendsManagedIdentityTokenForBotFrameworkResource()
    {
        await using var harness = await ConnectorHarness.StartAsync(options =>
        {
            options.MicrosoftAppType = BotAppType.UserAssignedMsi;
            options.MicrosoftAppPassword = "";
            options.MicrosoftAppTenantId = "contoso.onmicrosoft.com";
        });
        using var environment = new AppServiceManagedIdentityEnvironment(harness.TokenEndpoint!.ManagedIdentityEndpoint, harness.TokenEndpoint.ManagedIdentityHeader);

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("one"), Ct);
        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("two"), Ct);

        var tokenRequest = Assert.Single(harness.TokenEndpoint.Requests);
        Assert.Equal("managed_identity", tokenRequest.Kind);
        Assert.Equal(ConnectorHarness.AppId, tokenRequest.ClientId);
        Assert.Equal("https://api.botframework.com", tokenRequest.ScopeOrResource);
        var token = Assert.Single(harness.TokenEndpoint.IssuedTokens);
        Assert.All(harness.Connector.Requests, request => Assert.Equal($"Bearer {token}", request.Authorization));
    }

    private sealed class AppServiceManagedIdentityEnvironment : IDisposable
    {
        private readonly string? _endpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        private readonly string? _header = Environment.GetEnvironmentVariable("IDENTITY_HEADER");

        public AppServiceManagedIdentityEnvironment(Uri endpoint, string header)
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpoint.AbsoluteUri);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", header);
        }

        public void Dispose()
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _endpoint);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", _header);
        }
    }
}
