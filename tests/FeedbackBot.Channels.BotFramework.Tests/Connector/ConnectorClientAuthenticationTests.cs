using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class ConnectorClientAuthenticationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendToConversation_MultiTenant_SendsBearerTokenFromBotFrameworkTenant()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        var token = Assert.Single(harness.TokenEndpoint!.IssuedTokens);
        Assert.Equal($"Bearer {token}", Assert.Single(harness.Connector.Requests).Authorization);
        var tokenRequest = Assert.Single(harness.TokenEndpoint.Requests);
        Assert.Equal("botframework.com", tokenRequest.Tenant);
        Assert.Equal(ConnectorHarness.AppId, tokenRequest.ClientId);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest.ScopeOrResource);
    }

    [Fact]
    public async Task SendToConversation_SingleTenant_AsksTheBotsTenant()
    {
        await using var harness = await ConnectorHarness.StartAsync(options =>
        {
            options.MicrosoftAppType = BotAppType.SingleTenant;
            options.MicrosoftAppTenantId = "contoso.onmicrosoft.com";
        });

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        Assert.Equal("contoso.onmicrosoft.com", Assert.Single(harness.TokenEndpoint!.Requests).Tenant);
    }

    [Fact]
    public async Task SendToConversation_GovernmentChannelService_AsksTheGovernmentTenantForTheGovernmentScope()
    {
        await using var harness = await ConnectorHarness.StartAsync(options => options.ChannelService = GovernmentCloud.ChannelService);

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        var tokenRequest = Assert.Single(harness.TokenEndpoint!.Requests);
        Assert.Equal("MicrosoftServices.onmicrosoft.us", tokenRequest.Tenant, ignoreCase: true); // MSAL lower-cases the authority
        Assert.Equal("https://api.botframework.us/.default", tokenRequest.ScopeOrResource);
    }

    [Fact]
    public async Task SendToConversation_ScopeWithDefaultSuffix_IsNotDoubled()
    {
        await using var harness = await ConnectorHarness.StartAsync(options => options.ToChannelFromBotOAuthScope = "https://api.botframework.us/.default");

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        Assert.Equal("https://api.botframework.us/.default", Assert.Single(harness.TokenEndpoint!.Requests).ScopeOrResource);
    }

    [Fact]
    public async Task SendToConversation_LocalMode_SendsNoAuthorizationHeader()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        Assert.Null(Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Calls_SeveralWithLongLivedToken_FetchTokenOnce()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("one"), Ct);
        await harness.Client.ReplyToActivityAsync(harness.ServiceUrl, "a:1", "1", TestActivities.Message("two"), Ct);
        await harness.Client.UpdateActivityAsync(harness.ServiceUrl, "a:1", "1", TestActivities.Message("three"), Ct);

        Assert.Equal(1, harness.TokenEndpoint!.TokensIssued);
        var token = harness.TokenEndpoint.IssuedTokens[0];
        Assert.All(harness.Connector.Requests, request => Assert.Equal($"Bearer {token}", request.Authorization));
    }

    [Fact]
    public async Task Calls_ConcurrentBurst_FetchTokenOnce()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message($"burst {i}"), Ct)));

        Assert.Equal(1, harness.TokenEndpoint!.TokensIssued);
        Assert.Equal(20, harness.Connector.ActivityCount);
    }

    [Fact]
    public async Task Calls_TokenWithinFiveMinutesOfExpiry_FetchFreshToken()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.TokenEndpoint!.TokenLifetime = TimeSpan.FromMinutes(4);

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("one"), Ct);
        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("two"), Ct);

        Assert.Equal(2, harness.TokenEndpoint.TokensIssued);
        Assert.Equal($"Bearer {harness.TokenEndpoint.IssuedTokens[1]}", harness.Connector.Requests[1].Authorization);
    }

    [Fact]
    public async Task GetToken_WrongSecret_FailsWithoutCallingConnector()
    {
        await using var harness = await ConnectorHarness.StartAsync(options => options.MicrosoftAppPassword = "wrong-secret");

        await Assert.ThrowsAnyAsync<Exception>(() => harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct));

        Assert.Empty(harness.Connector.Requests);
        Assert.Equal(0, harness.TokenEndpoint!.TokensIssued);
    }

    [Fact]
    public async Task TokenProvider_LocalMode_ReturnsNull()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();

        var token = await harness.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(Ct);

        Assert.Null(token);
    }
}
