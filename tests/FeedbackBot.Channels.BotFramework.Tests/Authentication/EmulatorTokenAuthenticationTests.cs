using FeedbackBot.Channels.BotFramework.Authentication;
using FeedbackBot.Testing;
using FeedbackBot.Testing.TokenIssuer;

namespace FeedbackBot.Channels.BotFramework.Tests.Authentication;

/// <summary>Emulator tokens (PROTOCOLS.md 2.1, 2.2 "Emulator tokens"): Entra metadata, app id by token version.</summary>
public sealed class EmulatorTokenAuthenticationTests(TokenIssuerFixture fixture) : IClassFixture<TokenIssuerFixture>, IAsyncDisposable
{
    private const string AppId = AuthenticatorHost.AppId;
    private const string ServiceUrl = "http://localhost:56789/";

    private readonly AuthenticatorHost _host = AuthenticatorHost.Trusting(fixture.Issuer, fixture.Clock);

    private LocalTokenIssuer Issuer => fixture.Issuer;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    [InlineData(null)]
    public async Task Authenticate_EmulatorTokenOfSupportedVersion_SucceedsWithoutTrustingServiceUrl(string? version)
    {
        var token = Issuer.CreateEmulatorToken(AppId, new EmulatorTokenOptions { Version = version });

        var result = await AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.Failure.ToString());
        Assert.Equal(CallerIds.PublicAzureChannel, result.CallerId);
        Assert.False(result.ServiceUrlTrusted);
    }

    [Theory]
    [InlineData("d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("72f988bf-86f1-41af-91ab-2d7cd011db47")]
    public async Task Authenticate_EmulatorV31TenantOrTokensOwnTenant_Succeeds(string tenantId)
    {
        var token = Issuer.CreateEmulatorToken(AppId, new EmulatorTokenOptions { Version = "2.0", TenantId = tenantId });

        var result = await AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.Failure.ToString());
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Authenticate_EmulatorTokenForAnotherApp_RefusesAppIdMismatch(string version)
    {
        var token = Issuer.CreateEmulatorToken(AppId, new EmulatorTokenOptions { Version = version, CallerAppId = "22222222-2222-2222-2222-222222222222" });

        var result = await AuthenticateAsync(token);

        Assert.Equal(AuthenticationFailure.AppIdMismatch, result.Failure);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokenOfUnknownVersion_RefusesUnsupportedVersion()
    {
        var token = Issuer.CreateEmulatorToken(AppId, new EmulatorTokenOptions { Version = "3.0" });

        var result = await AuthenticateAsync(token);

        Assert.Equal(AuthenticationFailure.UnsupportedTokenVersion, result.Failure);
    }

    [Fact]
    public async Task Authenticate_EntraIssuerOfNoTrustedTenant_RefusesUntrustedIssuer()
    {
        var token = Issuer.CreateEmulatorToken(AppId, new EmulatorTokenOptions
        {
            Issuer = "https://sts.windows.net/33333333-3333-3333-3333-333333333333/",
        });

        var result = await AuthenticateAsync(token);

        Assert.Equal(AuthenticationFailure.UntrustedIssuer, result.Failure);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokenForAnotherAudience_RefusesInvalidAudience()
    {
        var token = Issuer.CreateEmulatorToken(AppId, new EmulatorTokenOptions { Audience = "api://botid-" + AppId });

        var result = await AuthenticateAsync(token);

        Assert.Equal(AuthenticationFailure.InvalidAudience, result.Failure);
    }

    private Task<AuthenticationResult> AuthenticateAsync(string token) =>
        _host.Authenticator.AuthenticateAsync("Bearer " + token, "emulator", ServiceUrl, TestContext.Current.CancellationToken);
}
