using FeedbackBot.Core.Slack;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Slack;

/// <summary>
/// Behaviour every <see cref="ISlackEventDedupe"/> must show. A provider's test class inherits
/// this and supplies the store; all tests go through the port only.
/// </summary>
public abstract class SlackEventDedupeStoreContract
{
    /// <summary>
    /// A new store instance over the backing storage of this test. Two calls in one test must
    /// give two instances that see the same data, as two processes of the bot would.
    /// </summary>
    protected abstract Task<ISlackEventDedupe> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryClaimAsync_FirstClaim_ReturnsTrue()
    {
        var store = await CreateStoreAsync();

        var claimed = await store.TryClaimAsync(ContractValues.Unique("T"), ContractValues.Unique("Ev"), ContractValues.SomeTime, Ct);

        Assert.True(claimed);
    }

    [Fact]
    public async Task TryClaimAsync_SameEventAgain_ReturnsFalse()
    {
        var store = await CreateStoreAsync();
        var team = ContractValues.Unique("T");
        var eventId = ContractValues.Unique("Ev");
        await store.TryClaimAsync(team, eventId, ContractValues.SomeTime, Ct);

        var again = await store.TryClaimAsync(team, eventId, ContractValues.SomeTime, Ct);

        Assert.False(again);
    }

    [Fact]
    public async Task TryClaimAsync_SameEventOnAnotherInstance_ReturnsFalse()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var team = ContractValues.Unique("T");
        var eventId = ContractValues.Unique("Ev");
        await one.TryClaimAsync(team, eventId, ContractValues.SomeTime, Ct);

        var again = await two.TryClaimAsync(team, eventId, ContractValues.SomeTime, Ct);

        Assert.False(again);
    }

    [Fact]
    public async Task TryClaimAsync_SameEventIdInAnotherTeam_ReturnsTrue()
    {
        var store = await CreateStoreAsync();
        var eventId = ContractValues.Unique("Ev");
        await store.TryClaimAsync(ContractValues.Unique("T"), eventId, ContractValues.SomeTime, Ct);

        var other = await store.TryClaimAsync(ContractValues.Unique("T"), eventId, ContractValues.SomeTime, Ct);

        Assert.True(other);
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentlyOnTwoInstances_ExactlyOneWins()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var team = ContractValues.Unique("T");
        var eventId = ContractValues.Unique("Ev");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? one : two).TryClaimAsync(team, eventId, ContractValues.SomeTime, Ct)));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task TryClaimAsync_RetryNearMidnight_StillTheSameEvent()
    {
        // Retries repeat event_time, so a retry received after midnight must still be a duplicate.
        var store = await CreateStoreAsync();
        var team = ContractValues.Unique("T");
        var eventId = ContractValues.Unique("Ev");
        var lateEvening = new DateTimeOffset(2026, 11, 20, 23, 59, 59, TimeSpan.Zero);
        await store.TryClaimAsync(team, eventId, lateEvening, Ct);

        var retry = await store.TryClaimAsync(team, eventId, lateEvening, Ct);

        Assert.False(retry);
    }

    [Fact]
    public async Task TryClaimAsync_ReservedCharactersInIds_KeepsEventsApart()
    {
        var store = await CreateStoreAsync();
        var team = ContractValues.Unique("T") + ContractValues.ReservedCharacters;
        var eventId = ContractValues.Unique("Ev");
        await store.TryClaimAsync(team, eventId + "|a", ContractValues.SomeTime, Ct);

        var first = await store.TryClaimAsync(team + "|" + eventId, "a", ContractValues.SomeTime, Ct);
        var second = await store.TryClaimAsync(team, eventId + "|a", ContractValues.SomeTime, Ct);

        Assert.True(first);
        Assert.False(second);
    }
}
