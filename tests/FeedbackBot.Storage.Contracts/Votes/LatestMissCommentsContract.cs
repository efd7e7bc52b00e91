using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Votes;

/// <summary>
/// <see cref="IVoteStore.ListLatestMissCommentsAsync"/>, the weekly summary's bounded read of the
/// newest MISS comments, on every implementation. A provider's test class inherits this and
/// supplies the store.
/// </summary>
public abstract class LatestMissCommentsContract
{
    protected abstract Task<IVoteStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LatestMissComments_MixedWeek_ReturnsNewestCommentedMissesFirstUpToMax()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        for (var i = 0; i < 7; i++)
        {
            await WriteAsync(store, tenant, Verdict.Miss, $"miss {i}, \"quoted\" 👎🏽", hoursLater: i);
        }

        await WriteAsync(store, tenant, Verdict.Miss, null, hoursLater: 20);
        await WriteAsync(store, tenant, Verdict.Miss, "", hoursLater: 21);
        await WriteAsync(store, tenant, Verdict.Hit, "great", hoursLater: 22);
        await WriteAsync(store, tenant, Verdict.Miss, "other week", hoursLater: 23, week: new IsoWeek(2026, 48));
        await WriteAsync(store, tenant + ContractValues.InjectionSuffix, Verdict.Miss, "other tenant", hoursLater: 24);

        var latest = await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: null, max: 5, Ct);

        Assert.Equal(
            ["miss 6, \"quoted\" 👎🏽", "miss 5, \"quoted\" 👎🏽", "miss 4, \"quoted\" 👎🏽", "miss 3, \"quoted\" 👎🏽", "miss 2, \"quoted\" 👎🏽"],
            latest.Select(v => v.Comment));
        Assert.All(latest, v => Assert.Equal(tenant, v.Tenant));
    }

    [Fact]
    public async Task LatestMissComments_Team_ReturnsThatTeamsOnly()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        await WriteAsync(store, tenant, Verdict.Miss, "support miss", hoursLater: 1, team: "Support / EU");
        await WriteAsync(store, tenant, Verdict.Miss, "sales miss", hoursLater: 2, team: "Sales");
        await WriteAsync(store, tenant, Verdict.Miss, "lower-case team", hoursLater: 3, team: "support / eu");

        var latest = await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: "Support / EU", max: 5, Ct);

        Assert.Equal(["support miss"], latest.Select(v => v.Comment));
    }

    [Fact]
    public async Task LatestMissComments_MissChangedToHit_IsNoLongerListed()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var vote = await WriteAsync(store, tenant, Verdict.Miss, "changed my mind", hoursLater: 1);
        var stored = await store.FindAsync(tenant, vote.Week, vote.InteractionId, Ct);

        await store.TryWriteAsync(vote with { Verdict = Verdict.Hit }, stored!.Version, Ct);
        var latest = await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: null, max: 5, Ct);

        Assert.Empty(latest);
    }

    [Fact]
    public async Task LatestMissComments_ReVotedWithNewComment_ListedOnceAtItsNewTime()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var first = await WriteAsync(store, tenant, Verdict.Miss, "first words", hoursLater: 1);
        await WriteAsync(store, tenant, Verdict.Miss, "miss 2", hoursLater: 2);
        await WriteAsync(store, tenant, Verdict.Miss, "miss 3", hoursLater: 3);
        var stored = await store.FindAsync(tenant, first.Week, first.InteractionId, Ct);

        Assert.True(await store.TryWriteAsync(first with { Comment = "second thoughts", VotedAt = first.VotedAt.AddHours(3) }, stored!.Version, Ct));
        var latest = await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: null, max: 5, Ct);

        Assert.Equal(["second thoughts", "miss 3", "miss 2"], latest.Select(v => v.Comment));
    }

    [Fact]
    public async Task LatestMissComments_NewestCommentErased_NextOlderFillsTheList()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        for (var i = 0; i < 6; i++)
        {
            await WriteAsync(store, tenant, Verdict.Miss, $"miss {i}", hoursLater: i);
        }

        var newest = (await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: null, max: 1, Ct))[0];
        var stored = await store.FindAsync(tenant, newest.Week, newest.InteractionId, Ct);

        // What "forget me" writes: the verdict stays, the comment and the customer go.
        Assert.True(await store.TryWriteAsync(newest with { Comment = null, CustomerId = null }, stored!.Version, Ct));
        var latest = await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: null, max: 5, Ct);

        Assert.Equal(["miss 4", "miss 3", "miss 2", "miss 1", "miss 0"], latest.Select(v => v.Comment));
    }

    [Fact]
    public async Task LatestMissComments_LostRaceOfAReVote_ListsTheWinnersVoteOnly()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var vote = await WriteAsync(store, tenant, Verdict.Miss, "original", hoursLater: 1);
        var stale = (await store.FindAsync(tenant, vote.Week, vote.InteractionId, Ct))!.Version;
        Assert.True(await store.TryWriteAsync(vote with { Verdict = Verdict.Hit, Comment = "fine after all", VotedAt = vote.VotedAt.AddHours(1) }, stale, Ct));

        var written = await store.TryWriteAsync(vote with { Comment = "loser", VotedAt = vote.VotedAt.AddHours(2) }, stale, Ct);
        var latest = await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: null, max: 5, Ct);

        Assert.False(written);
        Assert.Empty(latest);
    }

    [Fact]
    public async Task LatestMissComments_TeamWithOtherTeamsNewer_StillFindsItsOwn()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        await WriteAsync(store, tenant, Verdict.Miss, "support 1", hoursLater: 1);
        await WriteAsync(store, tenant, Verdict.Miss, "support 2", hoursLater: 2);
        for (var i = 0; i < 12; i++)
        {
            await WriteAsync(store, tenant, Verdict.Miss, $"sales {i}", hoursLater: 10 + i, team: "Sales");
        }

        var latest = await store.ListLatestMissCommentsAsync(tenant, VoteValues.Week, team: "support", max: 5, Ct);

        Assert.Equal(["support 2", "support 1"], latest.Select(v => v.Comment));
    }

    private static async Task<Vote> WriteAsync(IVoteStore store, string tenant, Verdict verdict, string? comment, int hoursLater, string team = "support", IsoWeek? week = null)
    {
        var request = VoteValues.Request(tenant, week: week);
        var vote = VoteValues.Vote(request, verdict, comment) with { Team = team, VotedAt = ContractValues.SomeTime.AddHours(hoursLater) };
        Assert.True(await store.TryWriteAsync(vote, null, Ct));
        return vote;
    }
}
