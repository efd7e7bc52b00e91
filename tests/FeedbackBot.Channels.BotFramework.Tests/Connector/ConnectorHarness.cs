using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

/// <summary>
/// The connector as the host wires it (<c>AddBotConnector</c>), talking over loopback to a real
/// fake Connector and, unless in local mode, a real fake token endpoint over HTTPS.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "6f2a1c1e-7d5b-4a57-9c0e-b07b07b07b07";
    public const string AppPassword = "not-a-real-secret";
    public const int MaxRetryAttempts = 3;

    private ConnectorHarness(FakeBotConnector connector, FakeTokenEndpoint? tokenEndpoint, ServiceProvider services)
    {
        Connector = connector;
        TokenEndpoint = tokenEndpoint;
        Services = services;
    }

    public FakeBotConnector Connector { get; }

    public FakeTokenEndpoint? TokenEndpoint { get; }

    public ServiceProvider Services { get; }

    public IConnectorClient Client => Services.GetRequiredService<IConnectorClient>();

    public Uri ServiceUrl => Connector.ServiceUrl;

    /// <summary>A bot with credentials (MultiTenant unless <paramref name="configure"/> says otherwise).</summary>
    public static async Task<ConnectorHarness> StartAsync(Action<BotFrameworkOptions>? configure = null)
    {
        var tokenEndpoint = await FakeTokenEndpoint.StartAsync(AppId, AppPassword);
        return await StartAsync(tokenEndpoint, options =>
        {
            options.MicrosoftAppId = AppId;
            options.MicrosoftAppPassword = AppPassword;
            options.ToChannelFromBotLoginUrl = tokenEndpoint.LoginUrl.AbsoluteUri.TrimEnd('/');
            options.ValidateAuthority = false;
            configure?.Invoke(options);
        });
    }

    /// <summary>A bot without an app id: local mode.</summary>
    public static Task<ConnectorHarness> StartLocalAsync() => StartAsync(tokenEndpoint: null, _ => { });

    private static async Task<ConnectorHarness> StartAsync(FakeTokenEndpoint? tokenEndpoint, Action<BotFrameworkOptions> configure)
    {
        var connector = await FakeBotConnector.StartAsync("teams/");
        var services = new ServiceCollection();
        services.AddOptions<BotFrameworkOptions>().Configure(configure);
        services.AddBotConnector();
        services.Configure<ConnectorResilienceOptions>(options =>
        {
            options.MaxRetryAttempts = MaxRetryAttempts;
            options.BaseDelay = TimeSpan.FromMilliseconds(1);
        });
        if (tokenEndpoint is not null)
        {
            services.AddHttpClient(MsalHttpClientFactory.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(tokenEndpoint.CreateTrustingHandler);
        }

        return new ConnectorHarness(connector, tokenEndpoint, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Connector.DisposeAsync();
        if (TokenEndpoint is not null)
        {
            await TokenEndpoint.DisposeAsync();
        }
    }
}
