using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Support;

/// <summary>
/// The Bot Framework's side of the wire, as real loopback servers: a token issuer that signs
/// channel tokens, an HTTPS token endpoint for the bot's own token, and a Bot Connector that
/// records what the bot sends.
/// </summary>
public sealed class BotFrameworkPeers : IAsyncDisposable
{
    public const string AppId = "0b5e7c84-feed-back-bot0-000000000001";
    public const string AppPassword = "test-client-secret-value";

    private BotFrameworkPeers(LocalTokenIssuer issuer, FakeTokenEndpoint tokenEndpoint, FakeBotConnector connector)
    {
        Issuer = issuer;
        TokenEndpoint = tokenEndpoint;
        Connector = connector;
    }

    public LocalTokenIssuer Issuer { get; }

    public FakeTokenEndpoint TokenEndpoint { get; }

    public FakeBotConnector Connector { get; }

    public static async Task<BotFrameworkPeers> StartAsync() =>
        new(await LocalTokenIssuer.StartAsync(), await FakeTokenEndpoint.StartAsync(AppId, AppPassword), await FakeBotConnector.StartAsync());

    /// <summary>Settings that make the bot trust <see cref="Issuer"/> and get its token from <see cref="TokenEndpoint"/>.</summary>
    public Dictionary<string, string?> AuthenticatedSettings() => new(Issuer.BotFrameworkSettings(AppId))
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppPassword"] = AppPassword,
        ["ToChannelFromBotLoginUrl"] = TokenEndpoint.LoginUrl.AbsoluteUri.TrimEnd('/'),
        ["ValidateAuthority"] = "false",
    };

    /// <summary>Lets the bot's MSAL client trust the token endpoint's test certificate, and retry fast.</summary>
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(TokenEndpoint.CreateTrustingHandler);
        services.Configure<ConnectorResilienceOptions>(options => options.BaseDelay = TimeSpan.FromMilliseconds(10));
    }

    public string ChannelToken() => Issuer.CreateChannelToken(AppId, Connector.ServiceUrl.ToString());

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await TokenEndpoint.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
