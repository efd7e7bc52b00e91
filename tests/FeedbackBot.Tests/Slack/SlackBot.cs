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

    private SlackBot(TempDatabase database, FakeSlackWebApi slack, IReadOnlyDictionary<string, string?> extra)
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

        Host = new BotHost(database.Path, settings, services =>
        {
            SlackTestDialogs.Register(services);
            services.AddLogging(logging => logging.AddProvider(Logs));
        });
    }

    public TempDatabase Database { get; }

    public FakeSlackWebApi Slack { get; }

    public CapturedLogs Logs { get; }

    public BotHost Host { get; }

    public HttpClient Client => Host.Client;

    public SlackRequestSigner Signer { get; } = SlackRequestSigner.ForTests();

    /// <param name="settings">Extra host settings, e.g. <c>Slack:Workers</c>.</param>
    public static async Task<SlackBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new TempDatabase(), await FakeSlackWebApi.StartAsync(), settings ?? new Dictionary<string, string?>());

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
        Database.Dispose();
    }
}
