using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Slack;

/// <summary>
/// The real host on loopback with a Slack app configured against a fake Slack Web API, the test
/// dialogs registered, and a signer holding the same signing secret.
/// </summary>
public sealed class SlackBot : IAsyncDisposable
{
    public const string BotToken = "xoxb-1111-2222-host-test-token";

    private SlackBot(TempDatabase database, FakeSlackWebApi slack, IReadOnlyDictionary<string, string?> extra, bool standIns, Action<IServiceCollection>? services)
    {
        Database = database;
        Slack = slack;
        Logs = new CapturedLogs();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:Resilience:BaseDelay"] = "00:00:00.010",

            // The fake Web API never expires a trigger_id, and on a loaded 2-core CI machine the
            // first turn of a fresh host (JIT, SQLite open) can take longer than Slack's 3 s. The
            // budget itself is covered by the sink's unit tests.
            ["Slack:ModalTriggerBudget"] = "00:01:00",

            // appsettings.json keeps HttpClient at Warning; an operator who turns it up must still
            // not see a token or a response_url, so the tests log every outbound call.
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Information",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        Settings = settings;
        Configure = collection =>
        {
            if (standIns)
            {
                SlackTestDialogs.Register(collection);
            }

            collection.AddLogging(logging => logging.AddProvider(Logs));
            services?.Invoke(collection);
        };
        Host = NewHost();
    }

    public TempDatabase Database { get; }

    public FakeSlackWebApi Slack { get; }

    public CapturedLogs Logs { get; }

    public BotHost Host { get; private set; }

    private IReadOnlyDictionary<string, string?> Settings { get; }

    private Action<IServiceCollection> Configure { get; }

    public HttpClient Client => Host.Client;

    public SlackRequestSigner Signer { get; } = SlackRequestSigner.ForTests();

    /// <param name="settings">Extra host settings, e.g. <c>Slack:Workers</c>.</param>
    public static async Task<SlackBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new TempDatabase(), await FakeSlackWebApi.StartAsync(), settings ?? new Dictionary<string, string?>(), standIns: true, services: null);

    /// <summary>The bot with the real features only (no stand-in dialogs), and extra test services (a fake clock).</summary>
    public static async Task<SlackBot> StartWithFeaturesAsync(Action<IServiceCollection>? services = null) =>
        new(new TempDatabase(), await FakeSlackWebApi.StartAsync(), new Dictionary<string, string?>(), standIns: false, services);

    /// <summary>Another host on the same database and Slack: a second instance, or the bot after a restart.</summary>
    public BotHost NewHost() => new(Database.Path, Settings, Configure);

    /// <summary>Stops the host and starts a new one on the same database.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = NewHost();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
        Database.Dispose();
    }
}
