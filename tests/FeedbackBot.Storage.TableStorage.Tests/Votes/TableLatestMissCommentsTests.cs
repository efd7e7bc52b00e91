using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.TableStorage.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

public sealed class TableLatestMissCommentsTests(AzuriteFixture azurite) : LatestMissCommentsContract
{
    private static readonly IsoWeek Week = new(2026, 47);
    private static readonly DateTimeOffset SomeTime = new(2026, 11, 17, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LatestMissComments_RowsLeftBehindNewerThanAPage_AreSkippedAndOlderOnesListed()
    {
        var tables = await TestTables.CreateAsync(azurite.Server, "MissComments");
        var store = new TableVoteStore(tables);
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var kept = NewVote(tenant, Verdict.Miss, "still true");
        Assert.True(await store.TryWriteAsync(kept, null, Ct));
        var hit = NewVote(tenant, Verdict.Hit, "fine");
        Assert.True(await store.TryWriteAsync(hit, null, Ct));

        // What a crash between a re-vote and the delete of its old row leaves: rows pointing at a
        // vote that is no longer that commented MISS, and at one that was never written.
        for (var i = 1; i <= 7; i++)
        {
            var gone = i % 2 == 0 ? hit : NewVote(tenant, Verdict.Miss, "never stored");
            await tables.MissComments.AddEntityAsync(MissCommentEntity.Create(gone with { Verdict = Verdict.Miss, Comment = "x", VotedAt = SomeTime.AddHours(i) }), Ct);
        }

        var latest = await store.ListLatestMissCommentsAsync(tenant, Week, team: null, max: 3, Ct);

        Assert.Equal(["still true"], latest.Select(v => v.Comment));
    }

    [Fact]
    public async Task LatestMissComments_WeekOfManyCommentedMisses_ReadsOnePageOfRowsAndTheirVotesOnly()
    {
        var log = new RequestLogPolicy();
        var store = new TableVoteStore(await TestTables.WithPoliciesAsync(azurite.Server, "MissComments", log));
        var tenant = $"tenant-{Guid.NewGuid():N}";
        for (var i = 0; i < 40; i++)
        {
            Assert.True(await store.TryWriteAsync(NewVote(tenant, Verdict.Miss, $"miss {i}") with { VotedAt = SomeTime.AddMinutes(i) }, null, Ct));
        }

        log.Clear();
        var latest = await store.ListLatestMissCommentsAsync(tenant, Week, team: null, max: 5, Ct);

        Assert.Equal(["miss 39", "miss 38", "miss 37", "miss 36", "miss 35"], latest.Select(v => v.Comment));
        var query = Assert.Single(log.Requests, r => r.Contains("MissComments()", StringComparison.Ordinal));
        Assert.Contains("$top=5", query, StringComparison.Ordinal);
        Assert.Equal(5, log.Requests.Count(r => r.Contains("Votes(PartitionKey=", StringComparison.Ordinal)));
        Assert.Equal(6, log.Requests.Count);
    }

    [Fact]
    public async Task TryWrite_ForgetMeOfACommentedMiss_LeavesNoRowInMissComments()
    {
        var tables = await TestTables.CreateAsync(azurite.Server, "MissComments");
        var store = new TableVoteStore(tables);
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var vote = NewVote(tenant, Verdict.Miss, "private words") with { CustomerId = "customer-1" };
        Assert.True(await store.TryWriteAsync(vote, null, Ct));
        var stored = await store.FindAsync(tenant, vote.Week, vote.InteractionId, Ct);

        Assert.True(await store.TryWriteAsync(vote with { Comment = null, CustomerId = null }, stored!.Version, Ct));
        var rows = await tables.MissComments.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {VoteEntity.PartitionKey(tenant, vote.Week)}"), cancellationToken: Ct).ToListAsync(Ct);

        Assert.Empty(rows);
    }

    private static Vote NewVote(string tenant, Verdict verdict, string comment) => new()
    {
        Tenant = tenant,
        Week = Week,
        InteractionId = $"ticket-{Guid.NewGuid():N}",
        RequestId = "request",
        Verdict = verdict,
        Comment = comment,
        AgentId = "agent",
        Team = "support",
        Via = "link",
        VotedAt = SomeTime,
    };

    protected override async Task<IVoteStore> CreateStoreAsync() =>
        new TableVoteStore(await TestTables.CreateAsync(azurite.Server, "MissComments"));
}
