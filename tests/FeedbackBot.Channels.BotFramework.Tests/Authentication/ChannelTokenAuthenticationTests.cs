using FeedbackBot.Channels.BotFramework.Authentication;
using FeedbackBot.Testing;
using FeedbackBot.Testing.TokenIssuer;

namespace FeedbackBot.Channels.BotFramework.Tests.Authentication;

/// <summary>Channel tokens (PROTOCOLS.md 2.2, 2.3) against a real issuer over loopback HTTP.</summary>
public sealed class ChannelTokenAuthenticationTests(TokenIssuerFixture fixture) : IClassFixture<TokenIssuerFixture>, IAsyncDisposable
{
    private const string AppId = AuthenticatorHost.AppId;
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private const string Teams = "msteams";

    private readonly AuthenticatorHost _host = AuthenticatorHost.Trusting(fixture.Issuer, fixture.Clock);

    private LocalTokenIssuer Issuer => fixture.Issuer;

    private static DateTimeOffset Now => TokenIssuerFixture.Now;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Authenticate_ValidChannelToken_SucceedsWithTrustedServiceUrl()
    {
        var header = Bearer(Issuer.CreateChannelToken(AppId, ServiceUrl));

        var result = await AuthenticateAsync(header, Teams, ServiceUrl);

        Assert.True(result.Succeeded, result.Failure.ToString());
        Assert.Equal(CallerIds.PublicAzureChannel, result.CallerId);
        Assert.True(result.ServiceUrlTrusted);
        Assert.Equal(ServiceUrl, result.Identity!.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task Authenticate_NoHeaderWithAuthEnabled_RefusesMissingHeader()
    {
        var result = await AuthenticateAsync(null, Teams, ServiceUrl);

        Assert.False(result.Succeeded);
        Assert.Equal(AuthenticationFailure.MissingHeader, result.Failure);
        Assert.Null(result.Identity);
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("bearer {0}")]
    [InlineData("{0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Bearer ")]
    public async Task Authenticate_HeaderNotExactlyBearerAndToken_RefusesMalformedHeader(string headerFormat)
    {
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, headerFormat, Issuer.CreateChannelToken(AppId, ServiceUrl));

        var result = await AuthenticateAsync(header, Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.MalformedHeader, result.Failure);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30")]
    public async Task Authenticate_BearerValueNotAJws_RefusesMalformedToken(string garbage)
    {
        var result = await AuthenticateAsync("Bearer " + garbage, Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.MalformedToken, result.Failure);
    }

    [Fact]
    public async Task Authenticate_ExpiredBeyondClockSkew_RefusesExpired()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions
        {
            NotBefore = Now.AddMinutes(-66),
            Expires = Now.AddMinutes(-6),
        });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.TokenExpired, result.Failure);
    }

    [Fact]
    public async Task Authenticate_NotYetValidBeyondClockSkew_RefusesNotYetValid()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions
        {
            NotBefore = Now.AddMinutes(6),
            Expires = Now.AddMinutes(66),
        });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.TokenNotYetValid, result.Failure);
    }

    [Theory]
    [InlineData(-64, -4)]
    [InlineData(4, 64)]
    public async Task Authenticate_OutsideLifetimeWithinFiveMinuteSkew_Succeeds(int notBeforeMinutes, int expiresMinutes)
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions
        {
            NotBefore = Now.AddMinutes(notBeforeMinutes),
            Expires = Now.AddMinutes(expiresMinutes),
        });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.True(result.Succeeded, result.Failure.ToString());
    }

    [Fact]
    public async Task Authenticate_AudienceIsAnotherApp_RefusesInvalidAudience()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { Audience = "11111111-1111-1111-1111-111111111111" });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.InvalidAudience, result.Failure);
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    public async Task Authenticate_IssuerNotTrusted_RefusesUntrustedIssuer(string issuer)
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { Issuer = issuer });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.UntrustedIssuer, result.Failure);
    }

    [Fact]
    public async Task Authenticate_SignedByForgerUnderPublishedKid_RefusesInvalidSignature()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { SigningKey = ChannelSigningKey.ForgedWithEndorsedKid });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Authenticate_AlgNone_RefusesInvalidSignature()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { SigningKey = ChannelSigningKey.AlgNone });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Authenticate_SignedByUnpublishedKey_RefusesUnknownSigningKey()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { SigningKey = ChannelSigningKey.Unpublished });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.UnknownSigningKey, result.Failure);
    }

    [Fact]
    public async Task Authenticate_KeyEndorsedForAnotherChannel_RefusesEndorsementMissing()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { SigningKey = ChannelSigningKey.OtherChannelEndorsed });

        var result = await AuthenticateAsync(Bearer(token), Teams, ServiceUrl);

        Assert.Equal(AuthenticationFailure.EndorsementMissing, result.Failure);
    }

    [Fact]
    public async Task Authenticate_ChannelIdDiffersOnlyInCase_RefusesEndorsementMissing()
    {
        var header = Bearer(Issuer.CreateChannelToken(AppId, ServiceUrl));

        var result = await AuthenticateAsync(header, "MSTeams", ServiceUrl);

        Assert.Equal(AuthenticationFailure.EndorsementMissing, result.Failure);
    }

    [Theory]
    [InlineData(Teams)]
    [InlineData(null)]
    public async Task Authenticate_KeyWithoutEndorsements_RefusesEndorsementMissing(string? channelId)
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { SigningKey = ChannelSigningKey.WithoutEndorsements });

        var result = await AuthenticateAsync(Bearer(token), channelId, ServiceUrl);

        Assert.Equal(AuthenticationFailure.EndorsementMissing, result.Failure);
    }

    [Fact]
    public async Task Authenticate_ActivityWithoutChannelId_SkipsEndorsementCheck()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, new ChannelTokenOptions { SigningKey = ChannelSigningKey.OtherChannelEndorsed });

        var result = await AuthenticateAsync(Bearer(token), null, ServiceUrl);

        Assert.True(result.Succeeded, result.Failure.ToString());
    }

    [Theory]
    [InlineData("https://attacker.example.com/teams/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData(null)]
    public async Task Authenticate_ServiceUrlDiffersFromClaim_RefusesServiceUrlMismatch(string? activityServiceUrl)
    {
        var header = Bearer(Issuer.CreateChannelToken(AppId, ServiceUrl));

        var result = await AuthenticateAsync(header, Teams, activityServiceUrl);

        Assert.Equal(AuthenticationFailure.ServiceUrlMismatch, result.Failure);
        Assert.False(result.ServiceUrlTrusted);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var header = Bearer(Issuer.CreateChannelToken(AppId, ServiceUrl));

        var result = await AuthenticateAsync(header, Teams, ServiceUrl.ToUpperInvariant());

        Assert.True(result.Succeeded, result.Failure.ToString());
    }

    private static string Bearer(string token) => "Bearer " + token;

    private Task<AuthenticationResult> AuthenticateAsync(string? header, string? channelId, string? serviceUrl) =>
        _host.Authenticator.AuthenticateAsync(header, channelId, serviceUrl, TestContext.Current.CancellationToken);
}
