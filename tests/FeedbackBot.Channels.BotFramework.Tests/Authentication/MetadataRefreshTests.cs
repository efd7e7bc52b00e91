using FeedbackBot.Channels.BotFramework.Authentication;
using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Testing;
using FeedbackBot.Testing.TokenIssuer;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Channels.BotFramework.Tests.Authentication;

/// <summary>Key caching and retrieval (PROTOCOLS.md 2.2 "Caching"); each test owns its issuer, since they rotate keys.</summary>
public sealed class MetadataRefreshTests
{
    private const string AppId = AuthenticatorHost.AppId;
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    private readonly FakeTimeProvider _clock = new(TokenIssuerFixture.Now);

    [Fact]
    public async Task Authenticate_TokenSignedWithKeyAddedAfterCaching_RefreshesMetadataAndSucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var issuer = await LocalTokenIssuer.StartAsync(_clock, ct: ct);
        await using var host = AuthenticatorHost.Trusting(issuer, _clock);
        var first = await host.Authenticator.AuthenticateAsync("Bearer " + issuer.CreateChannelToken(AppId, ServiceUrl), "msteams", ServiceUrl, ct);
        issuer.RotateChannelSigningKey();

        var result = await host.Authenticator.AuthenticateAsync("Bearer " + issuer.CreateChannelToken(AppId, ServiceUrl), "msteams", ServiceUrl, ct);

        Assert.True(first.Succeeded, first.Failure.ToString());
        Assert.True(result.Succeeded, result.Failure.ToString());
        Assert.Equal(2, issuer.ChannelKeysRequests);
    }

    [Fact]
    public async Task Authenticate_CachedKeysOlderThan24Hours_FetchesKeysAgainBeforeValidating()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var issuer = await LocalTokenIssuer.StartAsync(_clock, ct: ct);
        await using var host = AuthenticatorHost.Trusting(issuer, _clock);
        await host.Authenticator.AuthenticateAsync("Bearer " + issuer.CreateChannelToken(AppId, ServiceUrl), "msteams", ServiceUrl, ct);
        _clock.Advance(TimeSpan.FromHours(25));

        var result = await host.Authenticator.AuthenticateAsync("Bearer " + issuer.CreateChannelToken(AppId, ServiceUrl), "msteams", ServiceUrl, ct);

        Assert.True(result.Succeeded, result.Failure.ToString());
        Assert.Equal(2, issuer.ChannelKeysRequests);
    }

    [Fact]
    public async Task Authenticate_KnownKid_UsesCachedKeys()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var issuer = await LocalTokenIssuer.StartAsync(_clock, ct: ct);
        await using var host = AuthenticatorHost.Trusting(issuer, _clock);

        for (var i = 0; i < 3; i++)
        {
            await host.Authenticator.AuthenticateAsync("Bearer " + issuer.CreateChannelToken(AppId, ServiceUrl), "msteams", ServiceUrl, ct);
        }

        Assert.Equal(1, issuer.ChannelMetadataRequests);
        Assert.Equal(1, issuer.ChannelKeysRequests);
    }

    [Fact]
    public async Task Authenticate_UnknownKidTwiceWithinRefreshInterval_RefreshesOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var issuer = await LocalTokenIssuer.StartAsync(_clock, ct: ct);
        await using var host = AuthenticatorHost.Trusting(issuer, _clock);
        var forged = "Bearer " + issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { SigningKey = ChannelSigningKey.Unpublished });

        var first = await host.Authenticator.AuthenticateAsync(forged, "msteams", ServiceUrl, ct);
        var second = await host.Authenticator.AuthenticateAsync(forged, "msteams", ServiceUrl, ct);

        Assert.Equal(AuthenticationFailure.UnknownSigningKey, first.Failure);
        Assert.Equal(AuthenticationFailure.UnknownSigningKey, second.Failure);
        Assert.Equal(2, issuer.ChannelKeysRequests);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/v1/.well-known/openidconfiguration")]
    [InlineData("http://login.botframework.invalid/v1/.well-known/openidconfiguration")]
    public async Task Authenticate_MetadataUnreachableOrPlainHttpRemote_RefusesMetadataUnavailable(string metadataUrl)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var issuer = await LocalTokenIssuer.StartAsync(_clock, ct: ct);
        await using var host = AuthenticatorHost.Create(
            new BotFrameworkOptions
            {
                MicrosoftAppId = AppId,
                ToBotFromChannelOpenIdMetadataUrl = metadataUrl,
                ToBotFromChannelTokenIssuer = LocalTokenIssuer.ChannelIssuer,
            },
            _clock);

        var result = await host.Authenticator.AuthenticateAsync("Bearer " + issuer.CreateChannelToken(AppId, ServiceUrl), "msteams", ServiceUrl, ct);

        Assert.Equal(AuthenticationFailure.MetadataUnavailable, result.Failure);
    }
}
