using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing;
using FeedbackBot.Testing.Azurite;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Storage;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// The host with every way in that two tenants' users have: Teams (local mode, the tenant from the
/// activity), Slack (signed, the tenant from <c>team_id</c>), the embedded Direct Line, the survey
/// link, <c>POST /api/interactions</c> with one tenant-bound key per tenant, MISS alerts to each
/// tenant's team channel, and the weekly push. The clock is a fake, so the push can be reached;
/// it starts on a Sunday evening, so nothing else falls due (reminders, follow-ups) on the way.
/// </summary>
internal sealed class WalkBot : IAsyncDisposable
{
    public const string AlphaKey = "alpha-helpdesk-key-0123456789abcdef";
    public const string BravoKey = "bravo-helpdesk-key-0123456789abcdef";
    public const string AlphaAlerts = "C0ALPHAALERTS";
    public const string BravoAlerts = "C0BRAVOALERTS";
    public const string DirectLineSecret = "tenant-walk-direct-line-secret-0123456789";

    /// <summary>Sunday 22 November 2026, 17:00 UTC: week 47, the weekly push next morning at 09:00.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 17, 0, 0, TimeSpan.Zero);

    private readonly AzuriteServer? azurite;
    private readonly TempDatabase database = new();

    private WalkBot(FakeBotConnector connector, FakeSlackWebApi slack, AzuriteServer? azurite)
    {
        this.azurite = azurite;
        Connector = connector;
        Slack = slack;
        var settings = new Dictionary<string, string?>
        {
            ["FeedbackBot:ApiKeys:0"] = $"{Walk.Alpha}:{AlphaKey}",
            ["FeedbackBot:ApiKeys:1"] = $"{Walk.Bravo}:{BravoKey}",
            ["FeedbackBot:Admins:0"] = Walk.AlphaAdmin,
            ["FeedbackBot:Admins:1"] = Walk.Operator,
            ["FeedbackBot:Admins:2"] = Walk.AlphaSlackAdmin,
            ["FeedbackBot:TimeZone"] = "UTC",
            ["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/",
            ["FeedbackBot:Votes:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray()),
            ["FeedbackBot:Summaries:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(50, 32).Select(i => (byte)i).ToArray()),
            ["FeedbackBot:Votes:AlertChannels:" + Walk.Alpha + "/" + Walk.AlphaTeam] = "slack:" + AlphaAlerts,
            ["FeedbackBot:Votes:AlertChannels:" + Walk.Bravo + "/" + Walk.BravoTeam] = "slack:" + BravoAlerts,

            // One test plays every user of two companies from one loopback address, quickly; the limits have their own tests.
            ["FeedbackBot:RateLimits:LinkRequestsPerMinute"] = "0",
            ["FeedbackBot:RateLimits:InteractionsPerMinute"] = "0",
            ["FeedbackBot:RateLimits:TurnsPerMinute"] = "0",
            ["DirectLine:ActivityBurst"] = "1000",
            ["DirectLine:ConversationStartBurst"] = "1000",
            ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
            ["Slack:BotToken"] = "xoxb-1111-2222-tenant-walk-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:Resilience:BaseDelay"] = "00:00:00.010",
            ["Slack:ModalTriggerBudget"] = "00:01:00",
            ["DirectLine:Enabled"] = "true",
            ["DirectLine:Secret"] = DirectLineSecret,
        };
        if (azurite is not null)
        {
            settings["Storage:Provider"] = "TableStorage";
            settings["Storage:TableStorage:ConnectionString"] = azurite.ConnectionString;
            settings["Storage:TableStorage:TablePrefix"] = "Walk";
            Rows = StoreRows.Tables(azurite.ConnectionString, "Walk");
        }
        else
        {
            Rows = StoreRows.Sqlite(database.Path);
        }

        Host = new BotHost(database.Path, settings, services => services.AddSingleton<TimeProvider>(Time));
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public FakeBotConnector Connector { get; }

    public FakeSlackWebApi Slack { get; }

    public BotHost Host { get; }

    public HttpClient Client => Host.Client;

    public StoreRows Rows { get; }

    /// <summary>Signs on the bot's clock, so requests stay fresh when the test moves it to the push.</summary>
    public SlackRequestSigner Signer => SlackRequestSigner.ForTests(Time);

    public static async Task<WalkBot> StartAsync() =>
        new(await FakeBotConnector.StartAsync(), await FakeSlackWebApi.StartAsync(), azurite: null);

    public static async Task<WalkBot> StartOnTableStorageAsync()
    {
        var azurite = await AzuriteForHost.StartAsync();
        return new(await FakeBotConnector.StartAsync(), await FakeSlackWebApi.StartAsync(), azurite);
    }

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public IEnumerable<T> Services<T>()
        where T : notnull => Host.Services.GetServices<T>();

    /// <summary>A helpdesk's report of one interaction.</summary>
    public async Task<(HttpResponseMessage Response, JsonObject? Body)> PostInteractionAsync(JsonObject body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);
        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, text.Length > 0 && JsonNode.Parse(text) is JsonObject json ? json : null);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Slack.DisposeAsync();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        database.Dispose();
    }
}
