using System.Text.Json.Nodes;
using FeedbackBot.Testing;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Service;

/// <summary>
/// The real host in local mode with a fake Connector, one configured admin ("29:admin"), and a
/// way to say something as a Teams user of a tenant and read the bot's answers to it.
/// </summary>
public sealed class TeamsServiceBot : IAsyncDisposable
{
    public const string Admin = "29:admin";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private TeamsServiceBot(TempDatabase database, FakeBotConnector connector)
    {
        Database = database;
        Connector = connector;
        Host = new BotHost(database.Path, new Dictionary<string, string?> { ["FeedbackBot:Admins:0"] = Admin });
    }

    public TempDatabase Database { get; }

    public FakeBotConnector Connector { get; }

    public BotHost Host { get; }

    public static async Task<TeamsServiceBot> StartAsync() => new(new TempDatabase(), await FakeBotConnector.StartAsync());

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Sends <paramref name="text"/> and returns what the bot sent until one reply contains <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(
        string text, string until, string user = "29:ada", string tenant = Activities.TenantId, string conversation = "a:personal-1", string locale = "en-US")
    {
        var before = Connector.Requests.Count;
        var activity = Activities.TeamsMessage(Connector.ServiceUrl, text, conversation, user, locale);
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        using var response = await Activities.PostAsync(Host.Client, activity);
        response.EnsureSuccessStatusCode();

        var deadline = DateTimeOffset.UtcNow + Wait;
        while (true)
        {
            var replies = Connector.Requests.Skip(before).Select(r => Activities.VisibleTextOf(r.Activity) ?? "").ToList();
            if (replies.Any(r => r.Contains(until, StringComparison.Ordinal)))
            {
                return replies;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"No reply containing \"{until}\" to \"{text}\"; got: {string.Join(" | ", replies)}");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        Database.Dispose();
    }
}
