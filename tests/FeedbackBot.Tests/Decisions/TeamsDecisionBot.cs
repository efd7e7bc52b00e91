using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Testing;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Decisions;

/// <summary>
/// The real host in local mode with the decision check, a fake Connector and a fake clock shared
/// by every host started on the same database (restarts, a second instance).
/// </summary>
public sealed class TeamsDecisionBot : IAsyncDisposable
{
    public const string Statement = "Every customer gets an answer within one working day, and returns are painless.";

    private readonly List<BotHost> hosts = [];

    private readonly IReadOnlyDictionary<string, string?>? settings;

    private TeamsDecisionBot(TempDatabase database, FakeBotConnector connector, IReadOnlyDictionary<string, string?>? settings)
    {
        Database = database;
        Connector = connector;
        this.settings = settings;
        Host = NewHost();
    }

    public TempDatabase Database { get; }

    public FakeBotConnector Connector { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Each host's scans for due follow-ups, with the time they looked at: proves a host's job ran.</summary>
    public List<(int Host, DateTimeOffset Now)> DueScans { get; } = [];

    public BotHost Host { get; private set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="settings">Host settings, e.g. <c>FeedbackBot:DecisionFollowUpDays</c>.</param>
    public static async Task<TeamsDecisionBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new TempDatabase(), await FakeBotConnector.StartAsync(), settings);

    public BotHost NewHost()
    {
        var index = hosts.Count;
        var host = new BotHost(Database.Path, settings, services => ObservedDecisionLog.Register(services, Time, DueScans, index));
        hosts.Add(host);
        return host;
    }

    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = NewHost();
    }

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public Task SetStatementAsync() =>
        Service<IServiceCatalogStore>().SetStatementAsync(Activities.TenantId, new ServiceStatement(Statement, "29:admin", Time.GetUtcNow()), Ct);

    public async Task<IReadOnlyList<DecisionRecord>> DecisionsAsync(string user = "29:ada") =>
        await Service<IDecisionLog>().ListByOwnerAsync(Activities.TenantId, user, 50, Ct);

    /// <summary>Says <paramref name="text"/> and returns the activities the bot sent in answer.</summary>
    public async Task<IReadOnlyList<JsonElement>> SayAsync(string text, string conversation = "a:personal-1", string user = "29:ada", bool group = false, string? locale = "en-US") =>
        await PostAsync(Message(text, conversation, user, group, locale));

    /// <summary>Submits a card's button data (and inputs) as Teams does for Action.Submit.</summary>
    public async Task<IReadOnlyList<JsonElement>> SubmitAsync(JsonElement data, string replyToId, string conversation = "a:personal-1", string user = "29:ada", bool group = false)
    {
        var activity = Message(null, conversation, user, group, "en-US");
        activity["value"] = JsonNode.Parse(data.GetRawText());
        activity["replyToId"] = replyToId;
        return await PostAsync(activity);
    }

    public async Task<IReadOnlyList<JsonElement>> PostAsync(JsonObject activity)
    {
        var before = Connector.Requests.Count;
        var response = await Activities.PostAsync(Host.Client, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. Connector.Requests.Skip(before).Where(r => r.Activity is not null).Select(r => r.Activity!.Value)];
    }

    /// <summary>Every Adaptive Card the bot sent so far (sends and updates).</summary>
    public IReadOnlyList<JsonElement> Cards() =>
        [.. Connector.Requests.Where(r => r.Activity is { } a && a.TryGetProperty("attachments", out _))
            .SelectMany(r => r.Activity!.Value.GetProperty("attachments").EnumerateArray())
            .Where(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a.GetProperty("content"))];

    /// <summary>Every string in <paramref name="json"/>, decoded, one per line: what a search for shown text needs.</summary>
    public static string AllText(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString()!,
        JsonValueKind.Object => string.Join('\n', json.EnumerateObject().Select(p => AllText(p.Value))),
        JsonValueKind.Array => string.Join('\n', json.EnumerateArray().Select(AllText)),
        _ => "",
    };

    public static JsonElement CardOf(JsonElement activity) => activity.GetProperty("attachments")[0].GetProperty("content");

    public static string? Title(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().FirstOrDefault(b => b.TryGetProperty("style", out var s) && s.GetString() == "heading") is { ValueKind: JsonValueKind.Object } heading
            ? heading.GetProperty("text").GetString()
            : null;

    public static JsonElement ButtonData(JsonElement card, string title) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title).GetProperty("data");

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await Connector.DisposeAsync();
        Database.Dispose();
    }

    private JsonObject Message(string? text, string conversation, string user, bool group, string? locale)
    {
        var activity = Activities.TeamsMessage(Connector.ServiceUrl, text ?? "", conversation, user, locale);
        if (text is null)
        {
            activity.Remove("text");
        }

        activity["from"]!["name"] = user == "29:ada" ? "Ada Lovelace" : "Mo Mate";
        if (group)
        {
            activity["conversation"]!["isGroup"] = true;
            activity["conversation"]!["conversationType"] = "groupChat";
        }

        return activity;
    }
}
