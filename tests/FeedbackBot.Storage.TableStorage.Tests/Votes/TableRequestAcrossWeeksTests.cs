using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

/// <summary>
/// A request on Table Storage is two inserts (the index by interaction, then the row in its week),
/// and its count intent comes before both. A crash between the inserts just before midnight on
/// Sunday leaves the index in one week; the helpdesk's retry comes in the next. The request must
/// then live and be counted once in the indexed week, and nothing in the week of the retry.
/// </summary>
public sealed class TableRequestAcrossWeeksTests(AzuriteFixture azurite)
{
    private const string Prefix = "RequestWeeks";
    private static readonly DateTimeOffset SundayBeforeMidnight = new(2026, 11, 22, 23, 59, 50, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateRequest_RetriedNextWeekAfterACrashBetweenItsInserts_IsCountedOnceInTheIndexedWeek()
    {
        var time = new FakeTimeProvider(SundayBeforeMidnight);
        var firstWeek = IsoWeek.FromInstant(time.GetUtcNow(), TimeZoneInfo.Utc);
        var crashing = new CrashBeforeRequestRowPolicy();
        var interaction = NewInteraction(time.GetUtcNow());
        var crashingDesk = Desk(await TablesCrashingAtAsync(crashing), time);
        await Assert.ThrowsAsync<InvalidOperationException>(() => crashingDesk.CreateAsync(interaction, Ct));
        time.Advance(TimeSpan.FromSeconds(20));
        var stores = TableVoteStoresTests.Over(await TestTables.CreateAsync(azurite.Server, Prefix));

        var retried = await Desk(await TestTables.CreateAsync(azurite.Server, Prefix), time).CreateAsync(interaction, Ct);
        time.Advance(TimeSpan.FromMinutes(6));
        var repair = await new CountRepair(stores.Intents, stores.Votes, stores.Requests, stores.Counter(), time)
            .RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), 1000, Ct);

        var retryWeek = IsoWeek.FromInstant(SundayBeforeMidnight.AddSeconds(20), TimeZoneInfo.Utc);
        Assert.NotEqual(firstWeek, retryWeek);
        Assert.True(crashing.Crashed);
        Assert.True(retried.Created);
        Assert.Equal(firstWeek, retried.Request.Week);
        Assert.Equal(firstWeek, (await stores.Requests.FindAsync(interaction.Tenant, interaction.InteractionId, Ct))?.Value.Week);
        Assert.Equal(1, (await stores.Aggregates.GetAsync(interaction.Tenant, firstWeek, Ct)).Requests);
        Assert.Equal(0, (await stores.Aggregates.GetAsync(interaction.Tenant, retryWeek, Ct)).Requests);
        Assert.Equal(new CountRepairResult(0, 1, 0), repair);
        Assert.DoesNotContain(await stores.Intents.ListCreatedBeforeAsync(time.GetUtcNow(), 1000, Ct), i => i.Value.Tenant == interaction.Tenant);
    }

    private static FeedbackRequests Desk(TableStorageTables tables, TimeProvider time)
    {
        var stores = TableVoteStoresTests.Over(tables);
        return new FeedbackRequests(stores.Requests, stores.Customers, stores.Counter(), new VoteRules(), time);
    }

    private static NewInteraction NewInteraction(DateTimeOffset now) => new(
        $"tenant-{Guid.NewGuid():N}", $"ticket-{Guid.NewGuid():N}", new FeedbackCustomer("cust-1"), new FeedbackAgent("agent-7", "Sam"), "support", now, "api");

    private async Task<TableStorageTables> TablesCrashingAtAsync(HttpPipelinePolicy policy)
    {
        await TestTables.CreateAsync(azurite.Server, Prefix);
        var options = TableServiceClientFactory.CreateClientOptions(TestTables.Options(azurite.Server, Prefix));

        // Per call, before the SDK's retries: the process "dies" and nothing retries the insert.
        options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        return new TableStorageTables(new TableServiceClient(azurite.Server.ConnectionString, options), Prefix);
    }

    /// <summary>Stops the first insert of a request row before it is sent, as a crash between the two inserts would.</summary>
    private sealed class CrashBeforeRequestRowPolicy : HttpPipelinePolicy
    {
        public bool Crashed { get; private set; }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            CrashIfRequestRow(message);
            return ProcessNextAsync(message, pipeline);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            CrashIfRequestRow(message);
            ProcessNext(message, pipeline);
        }

        private void CrashIfRequestRow(HttpMessage message)
        {
            if (!Crashed && message.Request.Method == RequestMethod.Post
                && message.Request.Uri.Path.EndsWith(Prefix + "FeedbackRequests", StringComparison.Ordinal))
            {
                Crashed = true;
                throw new InvalidOperationException("The instance died between the index and the request row (test).");
            }
        }
    }
}
