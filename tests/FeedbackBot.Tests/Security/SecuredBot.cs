using System.Net;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Security;

/// <summary>
/// The host as in production: a Bot Framework identity (trusting a local token issuer, its token
/// from a fake login endpoint), a Slack app against a fake Web API, the embedded Direct Line with
/// its own secret, helpdesk API keys, both link-signing keys and a storage connection string (the
/// store itself is SQLite; the string is configured so that a dump of the configuration would
/// show it). Every log line is captured at Trace level, and <see cref="Secrets"/> lists every
/// configured secret, so a test can look for each one.
/// </summary>
public sealed class SecuredBot : IAsyncDisposable
{
    public const string ApiKey = "helpdesk-secret-key-7d1f0c9a2b3e4d5f";
    public const string ContosoKey = "contoso-secret-key-5e6f7a8b9c0d1e2f";
    public const string DirectLineSecret = "direct-line-secret-0a1b2c3d4e5f6a7b8c9d";
    public const string SlackBotToken = "xoxb-9999-8888-secured-bot-token";
    public const string StorageAccountKey = "c2VjdXJlZC1ib3Qtc3RvcmFnZS1hY2NvdW50LWtleS0wMTIzNDU2Nzg5";
    public static readonly string VoteLinkKey = Convert.ToBase64String(Enumerable.Range(40, 32).Select(i => (byte)i).ToArray());
    public static readonly string SummaryLinkKey = Convert.ToBase64String(Enumerable.Range(80, 32).Select(i => (byte)i).ToArray());
    public static readonly string StorageConnectionString = $"DefaultEndpointsProtocol=https;AccountName=securedbot;AccountKey={StorageAccountKey};EndpointSuffix=core.windows.net";

    private SecuredBot(BotFrameworkPeers peers, FakeSlackWebApi slack, IReadOnlyDictionary<string, string?>? extra)
    {
        Peers = peers;
        Slack = slack;
        var settings = peers.AuthenticatedSettings();
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret;
        settings["Slack:BotToken"] = SlackBotToken;
        settings["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString();
        settings["Slack:Resilience:BaseDelay"] = "00:00:00.010";
        settings["Slack:ModalTriggerBudget"] = "00:01:00";
        settings["DirectLine:Enabled"] = "true";
        settings["DirectLine:Secret"] = DirectLineSecret;
        settings["FeedbackBot:ApiKeys:0"] = ApiKey;
        settings["FeedbackBot:ApiKeys:1"] = "contoso:" + ContosoKey;
        settings["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/";
        settings["FeedbackBot:Votes:LinkSigningKey"] = VoteLinkKey;
        settings["FeedbackBot:Summaries:LinkSigningKey"] = SummaryLinkKey;
        settings["Storage:TableStorage:ConnectionString"] = StorageConnectionString;
        settings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Host = new BotHost(Database.Path, settings, services =>
        {
            peers.ConfigureServices(services);
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        });
    }

    /// <summary>Every secret the configuration holds, by the key that holds it.</summary>
    public static IReadOnlyDictionary<string, string> Secrets { get; } = new Dictionary<string, string>
    {
        ["MicrosoftAppPassword"] = BotFrameworkPeers.AppPassword,
        ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
        ["Slack:BotToken"] = SlackBotToken,
        ["FeedbackBot:ApiKeys:0"] = ApiKey,
        ["FeedbackBot:ApiKeys:1"] = ContosoKey,
        ["FeedbackBot:Votes:LinkSigningKey"] = VoteLinkKey,
        ["FeedbackBot:Summaries:LinkSigningKey"] = SummaryLinkKey,
        ["DirectLine:Secret"] = DirectLineSecret,
        ["Storage:TableStorage:ConnectionString"] = StorageConnectionString,
        ["Storage:TableStorage:ConnectionString (AccountKey)"] = StorageAccountKey,
    };

    public BotFrameworkPeers Peers { get; }

    public FakeSlackWebApi Slack { get; }

    public TempDatabase Database { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public BotHost Host { get; }

    public HttpClient Client => Host.Client;

    public SlackRequestSigner Signer { get; } = SlackRequestSigner.ForTests();

    /// <summary>
    /// Sends one authenticated message from a user of its own until it is accepted: on a loaded
    /// machine the bot's first fetch of the issuer's signing keys can time out, and that first
    /// request is then (rightly) refused. Tests that count turns start after this.
    /// </summary>
    public async Task WarmUpAsync()
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        HttpStatusCode status;
        do
        {
            using var response = await Activities.PostAsync(
                Client, Activities.TeamsMessage(Peers.Connector.ServiceUrl, "help", conversationId: "a:warm-up", userId: "29:warm-up"), Peers.ChannelToken());
            status = response.StatusCode;
        }
        while (status == HttpStatusCode.Unauthorized && DateTimeOffset.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    public static async Task<SecuredBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await BotFrameworkPeers.StartAsync(), await FakeSlackWebApi.StartAsync(), settings);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
        await Peers.DisposeAsync();
        Database.Dispose();
    }
}
