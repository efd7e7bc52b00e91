using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Votes;

/// <summary>
/// <see cref="IWeeklyAggregateStore.ListTenantsAsync"/>, how the weekly push finds the tenants
/// with something to report, on every implementation.
/// </summary>
public abstract class AggregateTenantsContract
{
    protected abstract Task<IWeeklyAggregateStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListTenants_Week_ReturnsEveryTenantWithThatWeekOnly()
    {
        var store = await CreateStoreAsync();
        var week = new IsoWeek(2031, 7);
        var one = ContractValues.Unique("tenant") + ContractValues.ReservedCharacters;
        var two = ContractValues.Unique("tenant") + ContractValues.InjectionSuffix;
        var elsewhen = ContractValues.Unique("tenant");
        await store.TryWriteAsync(WeeklyAggregate.Empty(one, week) with { Requests = 3 }, null, Ct);
        await store.TryWriteAsync(WeeklyAggregate.Empty(two, week) with { Votes = new HitMissCount(1, 0) }, null, Ct);
        await store.TryWriteAsync(WeeklyAggregate.Empty(elsewhen, week.Next()) with { Requests = 1 }, null, Ct);

        var tenants = await store.ListTenantsAsync(week, Ct);

        Assert.Contains(one, tenants);
        Assert.Contains(two, tenants);
        Assert.DoesNotContain(elsewhen, tenants);
    }
}
