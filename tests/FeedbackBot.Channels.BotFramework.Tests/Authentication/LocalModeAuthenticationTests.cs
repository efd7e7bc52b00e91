using FeedbackBot.Channels.BotFramework.Authentication;
using FeedbackBot.Testing;

namespace FeedbackBot.Channels.BotFramework.Tests.Authentication;

/// <summary>Local mode: no <c>MicrosoftAppId</c> (PROTOCOLS.md 2.6).</summary>
public sealed class LocalModeAuthenticationTests(TokenIssuerFixture fixture) : IClassFixture<TokenIssuerFixture>, IAsyncDisposable
{
    private const string ServiceUrl = "http://localhost:56789/";

    private readonly AuthenticatorHost _host = AuthenticatorHost.Trusting(fixture.Issuer, fixture.Clock, appId: "");

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Authenticate_LocalModeWithoutHeader_SucceedsAnonymously()
    {
        var result = await _host.Authenticator.AuthenticateAsync(null, "webchat", ServiceUrl, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal("anonymous", result.Identity!.AuthenticationType);
        Assert.Null(result.CallerId);
        Assert.True(result.ServiceUrlTrusted);
    }

    [Fact]
    public async Task Authenticate_LocalModeWithChannelTokenHeader_RefusesInvalidAudience()
    {
        var token = fixture.Issuer.CreateChannelToken(AuthenticatorHost.AppId, ServiceUrl);

        var result = await _host.Authenticator.AuthenticateAsync("Bearer " + token, "webchat", ServiceUrl, TestContext.Current.CancellationToken);

        Assert.Equal(AuthenticationFailure.InvalidAudience, result.Failure);
    }

    [Fact]
    public async Task Authenticate_LocalModeWithMalformedHeader_RefusesMalformedHeader()
    {
        var result = await _host.Authenticator.AuthenticateAsync("Basic dXNlcjpwYXNz", "webchat", ServiceUrl, TestContext.Current.CancellationToken);

        Assert.Equal(AuthenticationFailure.MalformedHeader, result.Failure);
    }
}
