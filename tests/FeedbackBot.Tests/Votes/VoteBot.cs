using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Testing;
using FeedbackBot.Testing.Azurite;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Storage;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// The real host with every channel a customer may answer on: a fake Bot Connector (Teams), a fake
/// Slack Web API (Slack, and the team's alert channel), the embedded Direct Line (web chat), a
/// helpdesk API key and a fixed survey-link key, on its own SQLite file. The clock is a fake that
/// starts now, so a test can let a request expire.
/// </summary>
public sealed class VoteBot : IAsyncDisposable
{
    public const string ApiKey = "helpdesk-key-0123456789abcdef";
    public const string AlertChannel = "C0ALERTS";
    public const string DirectLineSecret = "direct-line-test-secret-0123456789abcdef";
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly List<BotHost> hosts = [];

    private readonly AzuriteServer? azurite;

    private VoteBot(FakeBotConnector connector, FakeSlackWebApi slack, IReadOnlyDictionary<string, string?>? extra, AzuriteServer? azurite = null)
    {
        this.azurite = azurite;
        Connector = connector;
        Slack = slack;
        Settings = new Dictionary<string, string?>
        {
            ["FeedbackBot:ApiKeys:0"] = ApiKey,
            ["FeedbackBot:ApiKeys:1"] = "contoso:contoso-only-key-0123456789",

            // Many customers' link votes come from one loopback address here; the limits have their own tests (Security/).
            ["FeedbackBot:RateLimits:LinkRequestsPerMinute"] = "0",
            ["FeedbackBot:RateLimits:InteractionsPerMinute"] = "0",
            ["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/",
            ["FeedbackBot:Votes:LinkSigningKey"] = SigningKey,
            ["FeedbackBot:Votes:AlertChannels:*"] = "slack:" + AlertChannel,

            // One organisation: its Slack workspace, Teams tenant, web chat and helpdesk tenants share the alert channel.
            ["FeedbackBot:Votes:AlertChannelsForEveryTenant"] = "true",
            ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
            ["Slack:BotToken"] = "xoxb-1111-2222-vote-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:Resilience:BaseDelay"] = "00:00:00.010",
            ["DirectLine:Secret"] = DirectLineSecret,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            // null takes a default setting away (configuration has no "unset").
            if (value is null)
            {
                Settings.Remove(key);
            }
            else
            {
                Settings[key] = value;
            }
        }

        Host = NewHost();
    }

    public TempDatabase Database { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public FakeBotConnector Connector { get; }

    public FakeSlackWebApi Slack { get; }

    public Dictionary<string, string?> Settings { get; }

    public BotHost Host { get; }

    public HttpClient Client => Host.Client;

    /// <summary>Signs Slack requests on the bot's clock, so they stay fresh when a test moves it days ahead.</summary>
    public SlackRequestSigner Signer => SlackRequestSigner.ForTests(Time);

    public IsoWeek Week => IsoWeek.FromInstant(Time.GetUtcNow(), TimeZoneInfo.Utc);

    public static async Task<VoteBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await FakeBotConnector.StartAsync(), await FakeSlackWebApi.StartAsync(), settings);

    /// <summary>
    /// The same bot on <c>Storage:Provider=TableStorage</c> against an Azurite of its own (skipped
    /// with the reason outside CI when Azurite cannot run; a failure under <c>CI=true</c>).
    /// </summary>
    public static async Task<VoteBot> StartOnTableStorageAsync()
    {
        var azurite = await AzuriteForHost.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "TableStorage",
            ["Storage:TableStorage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableStorage:TablePrefix"] = "Votes",
        };
        return new(await FakeBotConnector.StartAsync(), await FakeSlackWebApi.StartAsync(), settings, azurite);
    }

    /// <summary>Another instance on the same database, keys and clock, as behind a load balancer.</summary>
    public BotHost NewHost()
    {
        var host = new BotHost(Database.Path, Settings, services => services.AddSingleton<TimeProvider>(Time));
        hosts.Add(host);
        return host;
    }

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>A helpdesk's POST /api/interactions for one interaction of <paramref name="customer"/>.</summary>
    public static JsonObject Interaction(string interactionId, JsonObject? customer = null, string team = "support") => new()
    {
        ["interactionId"] = interactionId,
        ["customer"] = customer ?? new JsonObject { ["id"] = "cust-1", ["name"] = "Ada Lovelace", ["email"] = "ada@example.com" },
        ["agent"] = new JsonObject { ["id"] = "agent-7", ["name"] = "Sam" },
        ["team"] = team,
        ["occurredAt"] = "2026-11-20T14:03:00Z",
    };

    public async Task<HttpResponseMessage> PostInteractionAsync(JsonNode body, string? key = ApiKey, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await (client ?? Client).SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Creates a request and returns its survey token (the last path segment of the link).</summary>
    public async Task<string> CreateRequestAsync(string interactionId, JsonObject? customer = null)
    {
        using var response = await PostInteractionAsync(Interaction(interactionId, customer));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        return TokenOf(body!["surveyUrl"]!.GetValue<string>());
    }

    public static string TokenOf(string surveyUrl) => new Uri(surveyUrl).AbsolutePath.Split('/')[^1];

    public async Task<Vote?> VoteAsync(string interactionId, string tenant = Core.Conversations.Tenants.Default) =>
        (await Service<IVoteStore>().FindAsync(tenant, Week, interactionId, TestContext.Current.CancellationToken))?.Value;

    public Task<WeeklyAggregate> AggregateAsync(string tenant = Core.Conversations.Tenants.Default) =>
        Service<IWeeklyAggregateStore>().GetAsync(tenant, Week, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await Connector.DisposeAsync();
        await Slack.DisposeAsync();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        Database.Dispose();
    }
}
