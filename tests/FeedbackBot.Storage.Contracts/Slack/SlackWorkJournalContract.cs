using FeedbackBot.Core.Slack;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Slack;

/// <summary>
/// Behaviour every <see cref="ISlackWorkJournal"/> must show. A provider's test class inherits
/// this and supplies the store; all tests go through the port only. Tests share one backing store,
/// so lists are searched for the test's own ids.
/// </summary>
public abstract class SlackWorkJournalContract
{
    private static readonly DateTimeOffset Now = ContractValues.SomeTime;

    /// <summary>
    /// A new store instance over the backing storage of this test. Two calls in one test must
    /// give two instances that see the same data, as two processes of the bot would.
    /// </summary>
    protected abstract Task<ISlackWorkJournal> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ascii")]
    [InlineData("unicode")]
    [InlineData("emoji")]
    [InlineData("reserved")]
    [InlineData("32KB")]
    public async Task TryAddAsync_NewWork_IsFoundAsWritten(string payloadKind)
    {
        var store = await CreateStoreAsync();
        var entry = Entry(ContractValues.Unique("W") + ContractValues.ReservedCharacters) with { Payload = ContractValues.Payload(payloadKind) };

        var added = await store.TryAddAsync(entry, Ct);
        var found = await store.FindAsync(entry.WorkId, Ct);

        Assert.NotNull(added);
        Assert.NotNull(found);
        Assert.Equal(entry.Payload, found.Payload);
        Assert.Equal(entry.Owner, found.Owner);
        Assert.Equal(entry.LeaseExpiresAt, found.LeaseExpiresAt);
        Assert.Equal(entry.AcceptedAt, found.AcceptedAt);
        Assert.Equal(0, found.Attempts);
        Assert.Equal(added.Version, found.Version);
    }

    [Fact]
    public async Task TryAddAsync_SameIdOnAnotherInstance_ReturnsNullAndKeepsTheFirst()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var entry = Entry(ContractValues.Unique("W"));
        await one.TryAddAsync(entry, Ct);

        var again = await two.TryAddAsync(entry with { Payload = "the retry", Owner = "b" }, Ct);

        Assert.Null(again);
        Assert.Equal(entry.Payload, (await one.FindAsync(entry.WorkId, Ct))?.Payload);
    }

    [Fact]
    public async Task TryAddAsync_ConcurrentlyOnTwoInstances_ExactlyOneWins()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var entry = Entry(ContractValues.Unique("W"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? one : two).TryAddAsync(entry, Ct)));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task TryReplaceAsync_CurrentVersion_ChangesLeaseOwnerAndAttempts()
    {
        var store = await CreateStoreAsync();
        var added = await store.TryAddAsync(Entry(ContractValues.Unique("W")), Ct);

        var replaced = await store.TryReplaceAsync(added! with { Owner = "b", Attempts = 1, LeaseExpiresAt = Now.AddMinutes(5) }, Ct);
        var found = await store.FindAsync(added!.WorkId, Ct);

        Assert.NotNull(replaced);
        Assert.NotEqual(added.Version, replaced.Version);
        Assert.Equal(("b", 1, Now.AddMinutes(5), replaced.Version), (found?.Owner, found?.Attempts, found?.LeaseExpiresAt, found?.Version));
        Assert.Equal(added.Payload, found?.Payload);
    }

    [Fact]
    public async Task TryReplaceAsync_StaleVersion_ReturnsNullAndChangesNothing()
    {
        var store = await CreateStoreAsync();
        var added = await store.TryAddAsync(Entry(ContractValues.Unique("W")), Ct);
        var taken = await store.TryReplaceAsync(added! with { Owner = "b" }, Ct);

        var stale = await store.TryReplaceAsync(added! with { Owner = "c" }, Ct);

        Assert.Null(stale);
        Assert.Equal("b", (await store.FindAsync(added!.WorkId, Ct))?.Owner);
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task TryReplaceAsync_TwoInstancesTakeTheSameLapsedEntry_ExactlyOneWins()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var added = await one.TryAddAsync(Entry(ContractValues.Unique("W")), Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? one : two).TryReplaceAsync(added! with { Owner = "taker-" + i, LeaseExpiresAt = Now.AddMinutes(1) }, Ct)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner!.Owner, (await two.FindAsync(added!.WorkId, Ct))?.Owner);
    }

    [Fact]
    public async Task TryReplaceAsync_Removed_ReturnsNull()
    {
        var store = await CreateStoreAsync();
        var added = await store.TryAddAsync(Entry(ContractValues.Unique("W")), Ct);
        await store.TryRemoveAsync(added!, Ct);

        var replaced = await store.TryReplaceAsync(added! with { Owner = "b" }, Ct);

        Assert.Null(replaced);
        Assert.Null(await store.FindAsync(added!.WorkId, Ct));
    }

    [Fact]
    public async Task TryRemoveAsync_CurrentVersion_RemovesIt()
    {
        var store = await CreateStoreAsync();
        var added = await store.TryAddAsync(Entry(ContractValues.Unique("W")), Ct);

        var removed = await store.TryRemoveAsync(added!, Ct);

        Assert.True(removed);
        Assert.Null(await store.FindAsync(added!.WorkId, Ct));
    }

    [Fact]
    public async Task TryRemoveAsync_TakenOverSinceRead_ReturnsFalseAndKeepsIt()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var added = await one.TryAddAsync(Entry(ContractValues.Unique("W")), Ct);
        await two.TryReplaceAsync(added! with { Owner = "b" }, Ct);

        var removed = await one.TryRemoveAsync(added!, Ct);

        Assert.False(removed);
        Assert.Equal("b", (await one.FindAsync(added!.WorkId, Ct))?.Owner);
    }

    [Fact]
    public async Task TryAddAsync_AfterRemoval_AddsAgain()
    {
        var store = await CreateStoreAsync();
        var added = await store.TryAddAsync(Entry(ContractValues.Unique("W")), Ct);
        await store.TryRemoveAsync(added!, Ct);

        var again = await store.TryAddAsync(added!, Ct);

        Assert.NotNull(again);
    }

    [Fact]
    public async Task ListLapsedAsync_MixedLeases_ListsOnlyThoseRunOut()
    {
        var store = await CreateStoreAsync();
        var lapsed = Entry(ContractValues.Unique("W")) with { LeaseExpiresAt = Now.AddSeconds(-1) };
        var exactlyNow = Entry(ContractValues.Unique("W")) with { LeaseExpiresAt = Now };
        var live = Entry(ContractValues.Unique("W")) with { LeaseExpiresAt = Now.AddSeconds(1) };
        foreach (var entry in new[] { lapsed, exactlyNow, live })
        {
            await store.TryAddAsync(entry, Ct);
        }

        var listed = (await store.ListLapsedAsync(Now, 10_000, Ct)).Select(e => e.WorkId).ToHashSet();

        Assert.Contains(lapsed.WorkId, listed);
        Assert.Contains(exactlyNow.WorkId, listed);
        Assert.DoesNotContain(live.WorkId, listed);
    }

    [Fact]
    public async Task ListLapsedAsync_Max_ListsNoMore()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.TryAddAsync(Entry(ContractValues.Unique("W")) with { LeaseExpiresAt = Now.AddDays(-1) }, Ct);
        }

        var listed = await store.ListLapsedAsync(Now, 2, Ct);

        Assert.Equal(2, listed.Count);
    }

    [Fact]
    public async Task ListLapsedAsync_Listed_CarriesAVersionThatTakesIt()
    {
        var store = await CreateStoreAsync();
        var entry = Entry(ContractValues.Unique("W")) with { LeaseExpiresAt = Now.AddYears(-30) };
        await store.TryAddAsync(entry, Ct);
        var listed = (await store.ListLapsedAsync(Now.AddYears(-29), 10_000, Ct)).Single(e => e.WorkId == entry.WorkId);

        var taken = await store.TryReplaceAsync(listed with { Owner = "b" }, Ct);

        Assert.NotNull(taken);
        Assert.Equal(entry.Payload, listed.Payload);
    }

    private static SlackWorkEntry Entry(string workId) =>
        new(workId, """{"kind":"turn","text":"hello"}""", "a", Now.AddSeconds(30), 0, Now);
}
