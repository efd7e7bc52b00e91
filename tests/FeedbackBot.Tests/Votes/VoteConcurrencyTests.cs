using System.Net;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// Many customers voting and changing their minds at once, through two instances of the bot that
/// share one store: every vote lands, none is doubled, and the weekly aggregate equals a recount.
/// Run once per store (below), since each store has its own concurrency mechanism: SQLite's
/// write lock and version column, Table Storage's ETags.
/// </summary>
public abstract class VoteConcurrencyTests : IAsyncLifetime
{
    private const int Interactions = 200;
    private const int Votes = 1_000;
    private const int Clients = 20;

    private VoteBot bot = null!;

    public async ValueTask InitializeAsync() => bot = await StartBotAsync();

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The bot on the store under test; every instance it makes shares that store.</summary>
    protected abstract Task<VoteBot> StartBotAsync();

    [Fact]
    public async Task LinkVotes_ThousandFromTwentyClientsOnTwoInstances_AggregateEqualsRecount()
    {
        var hosts = new[] { bot.Host, bot.NewHost() };
        var tokens = new string[Interactions];
        for (var i = 0; i < Interactions; i++)
        {
            // One customer per interaction, so the once-a-week rule asks every one of them.
            var customer = new JsonObject { ["id"] = $"cust-{i}", ["name"] = $"Customer {i}" };
            using var created = await bot.PostInteractionAsync(VoteBot.Interaction($"ticket-{i}", customer, team: i % 3 == 0 ? "returns" : "support"), client: hosts[i % 2].Client);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            tokens[i] = VoteBot.TokenOf(JsonNode.Parse(await created.Content.ReadAsStringAsync(Ct))!["surveyUrl"]!.GetValue<string>());
        }

        // Each client casts 50 votes over the interactions, so every interaction gets 5 votes from 5 clients.
        var statuses = await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var http = hosts[client % 2].Client;
            var codes = new List<HttpStatusCode>();
            for (var n = 0; n < Votes / Clients; n++)
            {
                var interaction = (client * 37 + n * 4) % Interactions;
                var verdict = (client + n) % 3 == 0 ? "hit" : "miss";
                using var response = await http.GetAsync($"/feedback/{tokens[interaction]}?vote={verdict}", Ct);
                codes.Add(response.StatusCode);
            }

            return codes;
        }, Ct)));

        Assert.All(statuses.SelectMany(s => s), code => Assert.Equal(HttpStatusCode.OK, code));
        Assert.Equal(Votes, statuses.Sum(s => s.Count));
        var stored = await bot.Service<IVoteStore>().ListAsync(Tenants.Default, bot.Week, Ct);
        var requests = await bot.Service<IFeedbackRequestStore>().ListAsync(Tenants.Default, bot.Week, Ct);
        var recount = VoteTally.Rebuild(Tenants.Default, bot.Week, stored, requests);
        var aggregate = await bot.AggregateAsync();
        Assert.Equal(Interactions, stored.Count);
        Assert.Equal(Interactions, aggregate.Votes.Total);
        Assert.Equal(Interactions, aggregate.Requests);
        Assert.Equal(recount.Votes, aggregate.Votes);
        Assert.Equal(recount.ByAgent.ToArray(), aggregate.ByAgent.ToArray());
        Assert.Equal(recount.ByTeam.ToArray(), aggregate.ByTeam.ToArray());
    }
}

/// <summary>Two instances on one SQLite file.</summary>
public sealed class SqliteVoteConcurrencyTests : VoteConcurrencyTests
{
    protected override Task<VoteBot> StartBotAsync() => VoteBot.StartAsync();
}

/// <summary>Two instances on one Azurite (Table Storage, ETag concurrency on the aggregate row).</summary>
public sealed class TableStorageVoteConcurrencyTests : VoteConcurrencyTests
{
    protected override Task<VoteBot> StartBotAsync() => VoteBot.StartOnTableStorageAsync();
}
