using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Testing;
using FeedbackBot.Testing.Azurite;
using FeedbackBot.Testing.Dialogs;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Storage;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// Bot instances as production runs them: on Table Storage (an Azurite of the run's own, with the
/// production retry settings), behind one fake Bot Connector and one fake Slack Web API, with a
/// helpdesk API key and survey links. <see cref="NewHost"/> adds an instance on the same store;
/// <see cref="KillAsync"/> takes one away mid-conversation. Every host's log lines are captured.
/// The clock is the real one: the retry pipelines wait on it.
/// </summary>
internal sealed class FaultBot : IAsyncDisposable
{
    public const string ApiKey = "helpdesk-key-0123456789abcdef";

    private readonly TempDatabase _unusedSqlite = new();
    private readonly List<BotHost> _hosts = [];
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<ConnectorResilienceOptions> _connectorRetries;

    private FaultBot(AzuriteServer azurite, FakeBotConnector connector, FakeSlackWebApi slack, Action<ConnectorResilienceOptions> connectorRetries, IReadOnlyDictionary<string, string?> extra)
    {
        Azurite = azurite;
        Connector = connector;
        Slack = slack;
        _connectorRetries = connectorRetries;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "TableStorage",
            ["Storage:TableStorage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableStorage:TablePrefix"] = "Fault",
            ["FeedbackBot:ApiKeys:0"] = ApiKey,
            ["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/",
            ["FeedbackBot:Votes:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
            ["Slack:BotToken"] = "xoxb-1111-2222-fault-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:ModalTriggerBudget"] = "00:01:00",

            // Load from one loopback address and few users; the limits have their own tests (Security/).
            ["FeedbackBot:RateLimits:TurnsPerMinute"] = "0",
            ["FeedbackBot:RateLimits:InteractionsPerMinute"] = "0",
            ["FeedbackBot:RateLimits:LinkRequestsPerMinute"] = "0",
        };
        foreach (var (key, value) in extra)
        {
            _settings[key] = value;
        }
    }

    public AzuriteServer Azurite { get; }

    public FakeBotConnector Connector { get; }

    public FakeSlackWebApi Slack { get; }

    public CapturedLogs Logs { get; } = new();

    public SlackRequestSigner Signer { get; } = SlackRequestSigner.ForTests();

    /// <param name="connectorRetries">The Connector's retry budget for this run (the production one otherwise).</param>
    /// <param name="settings">Extra host settings, e.g. <c>Slack:Resilience:*</c>.</param>
    public static async Task<FaultBot> StartAsync(Action<ConnectorResilienceOptions>? connectorRetries = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var azurite = await AzuriteForHost.StartAsync();
        return new FaultBot(
            azurite, await FakeBotConnector.StartAsync(), await FakeSlackWebApi.StartAsync(), connectorRetries ?? (_ => { }), settings ?? new Dictionary<string, string?>());
    }

    /// <summary>Another instance on the same store and peers, as behind a load balancer.</summary>
    public BotHost NewHost()
    {
        var host = new BotHost(_unusedSqlite.Path, _settings, services =>
        {
            ThreeQuestionDialog.Register(services);
            services.Configure(_connectorRetries);
            services.AddLogging(logging => logging.AddProvider(Logs));
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>Takes an instance away; whatever it had in memory is gone with it.</summary>
    public async Task KillAsync(BotHost host)
    {
        _hosts.Remove(host);
        await host.DisposeAsync();
    }

    /// <summary>Log lines that show a request escaped the endpoints as an unhandled exception (a 500).</summary>
    public IReadOnlyList<string> UnhandledExceptions() =>
        [.. Logs.Lines.Where(l => l.Contains("An unhandled exception has occurred", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Connector.DisposeAsync();
        await Slack.DisposeAsync();
        await Azurite.DisposeAsync();
        _unusedSqlite.Dispose();
    }
}
