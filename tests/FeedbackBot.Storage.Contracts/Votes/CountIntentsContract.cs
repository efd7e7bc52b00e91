using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Votes;

/// <summary>
/// Behaviour every <see cref="ICountIntentStore"/> must show next to its
/// <see cref="IWeeklyAggregateStore"/>: settling an intent applies it once (the aggregate write and
/// the intent's deletion are one transaction), and intents never show up as aggregates.
/// </summary>
public abstract class CountIntentsContract
{
    /// <summary>New store instances over this test's backing storage; two calls see the same data, as two instances of the bot would.</summary>
    protected abstract Task<VoteStores> CreateStoresAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddIntent_ThenFind_RoundTripsEveryFieldAndAddingAgainIsHarmless()
    {
        var stores = await CreateStoresAsync();
        var intent = VoteIntent(ContractValues.Unique("tenant") + ContractValues.ReservedCharacters) with
        {
            Before = new CountedVote(Verdict.Miss, "agent/7", "Zoë 👍🏽", "support", "returning-calls"),
        };

        var version = await stores.Intents.AddAsync(intent, Ct);
        var again = await stores.Intents.AddAsync(intent, Ct);
        var found = await stores.Intents.FindAsync(intent.Tenant, intent.Week, intent.ChangeId, Ct);

        Assert.Equal(intent, found?.Value);
        Assert.Equal(version, found!.Version);
        Assert.Equal(version, again);
        Assert.Null(await stores.Intents.FindAsync(intent.Tenant, intent.Week.Next(), intent.ChangeId, Ct));
        Assert.Null(await stores.Intents.FindAsync(intent.Tenant + ContractValues.InjectionSuffix, intent.Week, intent.ChangeId, Ct));
    }

    [Fact]
    public async Task SettleIntent_NoAggregateYet_InsertsTheChangeAndDeletesTheIntent()
    {
        var stores = await CreateStoresAsync();
        var intent = VoteIntent(ContractValues.Unique("tenant"));
        var version = await stores.Intents.AddAsync(intent, Ct);

        var result = await stores.Intents.TrySettleAsync(new(intent, version), intent.ApplyTo(WeeklyAggregate.Empty(intent.Tenant, intent.Week)), null, Ct);

        Assert.Equal(SettleResult.Applied, result);
        Assert.Equal(new HitMissCount(1, 0), (await stores.Aggregates.GetAsync(intent.Tenant, intent.Week, Ct)).Votes);
        Assert.Null(await stores.Intents.FindAsync(intent.Tenant, intent.Week, intent.ChangeId, Ct));
    }

    [Fact]
    public async Task SettleIntent_StaleAggregateVersion_ConflictsAndChangesNothing()
    {
        var stores = await CreateStoresAsync();
        var intent = VoteIntent(ContractValues.Unique("tenant"));
        var version = await stores.Intents.AddAsync(intent, Ct);
        await stores.Aggregates.TryWriteAsync(WeeklyAggregate.Empty(intent.Tenant, intent.Week), null, Ct);
        var read = (await stores.Aggregates.FindAsync(intent.Tenant, intent.Week, Ct))!;
        await stores.Aggregates.TryWriteAsync(read.Value with { Requests = 5 }, read.Version, Ct);

        var stale = await stores.Intents.TrySettleAsync(new(intent, version), intent.ApplyTo(read.Value), read.Version, Ct);
        var insertOverExisting = await stores.Intents.TrySettleAsync(new(intent, version), intent.ApplyTo(read.Value), null, Ct);

        Assert.Equal(SettleResult.AggregateChanged, stale);
        Assert.Equal(SettleResult.AggregateChanged, insertOverExisting);
        var aggregate = await stores.Aggregates.GetAsync(intent.Tenant, intent.Week, Ct);
        Assert.Equal(5, aggregate.Requests);
        Assert.Equal(0, aggregate.Votes.Total);
        Assert.NotNull(await stores.Intents.FindAsync(intent.Tenant, intent.Week, intent.ChangeId, Ct));
    }

    [Fact]
    public async Task SettleIntent_AlreadySettled_ReportsGoneAndChangesNothing()
    {
        var stores = await CreateStoresAsync();
        var intent = VoteIntent(ContractValues.Unique("tenant"));
        var version = await stores.Intents.AddAsync(intent, Ct);
        await stores.Intents.TrySettleAsync(new(intent, version), intent.ApplyTo(WeeklyAggregate.Empty(intent.Tenant, intent.Week)), null, Ct);
        var read = (await stores.Aggregates.FindAsync(intent.Tenant, intent.Week, Ct))!;

        var again = await stores.Intents.TrySettleAsync(new(intent, version), intent.ApplyTo(read.Value), read.Version, Ct);

        Assert.Equal(SettleResult.IntentGone, again);
        Assert.Equal(new HitMissCount(1, 0), (await stores.Aggregates.GetAsync(intent.Tenant, intent.Week, Ct)).Votes);
    }

    [Fact]
    public async Task SettleIntent_TwoInstancesAtOnce_CountsItOnce()
    {
        var one = await CreateStoresAsync();
        var two = await CreateStoresAsync();
        var intent = RequestIntent(ContractValues.Unique("tenant"));
        var version = await one.Intents.AddAsync(intent, Ct);
        await one.Aggregates.TryWriteAsync(WeeklyAggregate.Empty(intent.Tenant, intent.Week) with { Requests = 10 }, null, Ct);

        var settled = await Task.WhenAll(
            one.Counter().SettleAsync(new(intent, version), Ct),
            two.Counter().SettleAsync(new(intent, version), Ct),
            two.Counter().SettleAsync(new(intent, version), Ct));

        Assert.Single(settled, applied => applied);
        Assert.Equal(11, (await two.Aggregates.GetAsync(intent.Tenant, intent.Week, Ct)).Requests);
    }

    [Fact]
    public async Task SettleIntents_ManyInParallelFromTwoInstances_LosesNone()
    {
        var tenant = ContractValues.Unique("tenant");
        var instances = new[] { await CreateStoresAsync(), await CreateStoresAsync() };
        var intents = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            var intent = RequestIntent(tenant);
            return new Versioned<CountIntent>(intent, await instances[i % 2].Intents.AddAsync(intent, Ct));
        }));

        await Task.WhenAll(intents.Select((intent, i) => instances[i % 2].Counter().SettleAsync(intent, Ct)));

        Assert.Equal(24, (await instances[0].Aggregates.GetAsync(tenant, VoteValues.Week, Ct)).Requests);
    }

    [Fact]
    public async Task SettleIntents_EachSettledByTwoInstancesAtOnce_CountsEveryOneOnce()
    {
        // What a request posted to both instances at once does: each instance settles the same
        // intent, while many others are settled on the same aggregate row.
        var tenant = ContractValues.Unique("tenant");
        var instances = new[] { await CreateStoresAsync(), await CreateStoresAsync() };
        var intents = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            var intent = RequestIntent(tenant);
            return new Versioned<CountIntent>(intent, await instances[i % 2].Intents.AddAsync(intent, Ct));
        }));

        var settled = await Task.WhenAll(intents.SelectMany(intent => instances.Select(stores => stores.Counter().SettleAsync(intent, Ct))));

        Assert.Equal(60, settled.Count(applied => applied));
        Assert.Equal(60, (await instances[0].Aggregates.GetAsync(tenant, VoteValues.Week, Ct)).Requests);
    }

    [Fact]
    public async Task DiscardIntent_Twice_DeletesOnceWithoutCounting()
    {
        var stores = await CreateStoresAsync();
        var intent = VoteIntent(ContractValues.Unique("tenant"));
        var version = await stores.Intents.AddAsync(intent, Ct);

        var first = await stores.Intents.TryDiscardAsync(new(intent, version), Ct);
        var second = await stores.Intents.TryDiscardAsync(new(intent, version), Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await stores.Intents.FindAsync(intent.Tenant, intent.Week, intent.ChangeId, Ct));
        Assert.Null(await stores.Aggregates.FindAsync(intent.Tenant, intent.Week, Ct));
    }

    [Fact]
    public async Task ListIntents_CreatedBefore_ReturnsOldOnesOfEveryTenantUpToMax()
    {
        var stores = await CreateStoresAsync();
        var old = ContractValues.SomeTime.AddYears(-30);
        var olds = new[]
        {
            VoteIntent(ContractValues.Unique("tenant")) with { CreatedAt = old },
            RequestIntent(ContractValues.Unique("tenant") + ContractValues.InjectionSuffix) with { CreatedAt = old.AddMinutes(1) },
        };
        var recent = VoteIntent(ContractValues.Unique("tenant")) with { CreatedAt = old.AddMinutes(5) };
        foreach (var intent in olds.Append(recent))
        {
            await stores.Intents.AddAsync(intent, Ct);
        }

        var listed = await stores.Intents.ListCreatedBeforeAsync(old.AddMinutes(2), 1000, Ct);
        var capped = await stores.Intents.ListCreatedBeforeAsync(old.AddMinutes(2), 1, Ct);

        Assert.All(olds, intent => Assert.Contains(listed, i => i.Value == intent));
        Assert.DoesNotContain(listed, i => i.Value.ChangeId == recent.ChangeId);
        Assert.Single(capped);
    }

    [Fact]
    public async Task Intents_BesideAggregates_AreNeverReadAsAggregates()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        var counted = new IsoWeek(2026, 47);
        var onlyIntent = new IsoWeek(2026, 48);
        await stores.Aggregates.TryWriteAsync(WeeklyAggregate.Empty(tenant, counted) with { Requests = 2 }, null, Ct);
        await stores.Intents.AddAsync(VoteIntent(tenant) with { Week = counted }, Ct);
        await stores.Intents.AddAsync(VoteIntent(tenant) with { Week = onlyIntent }, Ct);

        var weeks = await stores.Aggregates.ListAsync(tenant, new IsoWeek(2000, 1), new IsoWeek(2099, 52), Ct);
        var tenantsOfCounted = await stores.Aggregates.ListTenantsAsync(counted, Ct);
        var tenantsOfOnlyIntent = await stores.Aggregates.ListTenantsAsync(onlyIntent, Ct);

        Assert.Equal(2, Assert.Single(weeks).Requests);
        Assert.Single(tenantsOfCounted, t => t == tenant);
        Assert.DoesNotContain(tenant, tenantsOfOnlyIntent);
        Assert.Null(await stores.Aggregates.FindAsync(tenant, onlyIntent, Ct));
        Assert.Equal(0, (await stores.Aggregates.GetAsync(tenant, counted, Ct)).Votes.Total);
    }

    private static CountIntent VoteIntent(string tenant) => new()
    {
        Tenant = tenant,
        Week = VoteValues.Week,
        ChangeId = Guid.NewGuid().ToString("N"),
        InteractionId = "ticket/4711#" + ContractValues.Unique("?'"),
        Kind = CountIntentKind.Vote,
        After = new CountedVote(Verdict.Hit, "agent-7", "Sam", "support", null),
        CreatedAt = ContractValues.SomeTime,
    };

    private static CountIntent RequestIntent(string tenant) => VoteIntent(tenant) with { Kind = CountIntentKind.Request, After = null };
}
