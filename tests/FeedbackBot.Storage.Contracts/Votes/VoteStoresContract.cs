using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Contracts.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Storage.Contracts.Votes;

/// <summary>
/// Behaviour every implementation of the votes ports (<see cref="IFeedbackRequestStore"/>,
/// <see cref="IVoteStore"/>, <see cref="IWeeklyAggregateStore"/>, <see cref="ICustomerPreferenceStore"/>)
/// must show. A provider's test class inherits this and supplies the stores.
/// </summary>
public abstract class VoteStoresContract
{
    /// <summary>New store instances over this test's backing storage; two calls see the same data, as two instances of the bot would.</summary>
    protected abstract Task<VoteStores> CreateStoresAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateRequest_New_IsCreatedAndFoundWithEveryField()
    {
        var stores = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant"), interactionId: "ticket/4711#" + ContractValues.Unique("?'"));

        var (stored, created) = await stores.Requests.CreateAsync(request, Ct);
        var found = await stores.Requests.FindAsync(request.Tenant, request.InteractionId, Ct);

        Assert.True(created);
        Assert.Equal(request, stored);
        Assert.Equal(request, found?.Value);
    }

    [Fact]
    public async Task CreateRequest_SameInteractionOnAnotherInstance_ReturnsTheFirstUncreated()
    {
        var one = await CreateStoresAsync();
        var two = await CreateStoresAsync();
        var first = VoteValues.Request(ContractValues.Unique("tenant"));
        await one.Requests.CreateAsync(first, Ct);

        var (stored, created) = await two.Requests.CreateAsync(first with { RequestId = "other", Week = new IsoWeek(2026, 48) }, Ct);

        Assert.False(created);
        Assert.Equal(first, stored);
        Assert.Single(await two.Requests.ListAsync(first.Tenant, first.Week, Ct));
        Assert.Empty(await two.Requests.ListAsync(first.Tenant, new IsoWeek(2026, 48), Ct));
    }

    [Fact]
    public async Task CreateRequest_ConcurrentCreatesOfOneInteraction_CreateExactlyOnce()
    {
        var tenant = ContractValues.Unique("tenant");
        var request = VoteValues.Request(tenant);
        var instances = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CreateStoresAsync()));

        var results = await Task.WhenAll(instances.Select(s => s.Requests.CreateAsync(request with { RequestId = Guid.NewGuid().ToString("N") }, Ct)));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Request.RequestId).Distinct());
    }

    [Fact]
    public async Task FindRequest_UnknownOrOtherTenant_ReturnsNull()
    {
        var stores = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant"));
        await stores.Requests.CreateAsync(request, Ct);

        var unknown = await stores.Requests.FindAsync(request.Tenant, "nope", Ct);
        var otherTenant = await stores.Requests.FindAsync(request.Tenant + ContractValues.InjectionSuffix, request.InteractionId, Ct);

        Assert.Null(unknown);
        Assert.Null(otherTenant);
    }

    [Fact]
    public async Task UpdateRequest_AtReadVersion_SucceedsOnceThenStaleVersionFails()
    {
        var stores = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant"));
        await stores.Requests.CreateAsync(request, Ct);
        var read = (await stores.Requests.FindAsync(request.Tenant, request.InteractionId, Ct))!;

        var first = await stores.Requests.TryUpdateAsync(read.Value with { RemindedAt = ContractValues.SomeTime }, read.Version, Ct);
        var stale = await stores.Requests.TryUpdateAsync(read.Value with { AnsweredAt = ContractValues.SomeTime }, read.Version, Ct);
        var found = await stores.Requests.FindAsync(request.Tenant, request.InteractionId, Ct);

        Assert.True(first);
        Assert.False(stale);
        Assert.Equal(ContractValues.SomeTime, found!.Value.RemindedAt);
        Assert.Null(found.Value.AnsweredAt);
    }

    [Fact]
    public async Task ListRequests_OneWeek_ReturnsThatTenantsWeekOnly()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        var mine = new[] { VoteValues.Request(tenant), VoteValues.Request(tenant) };
        foreach (var request in mine.Append(VoteValues.Request(tenant, week: new IsoWeek(2026, 46))).Append(VoteValues.Request(tenant + "x")))
        {
            await stores.Requests.CreateAsync(request, Ct);
        }

        var listed = await stores.Requests.ListAsync(tenant, VoteValues.Week, Ct);

        Assert.Equal(mine.Select(r => r.InteractionId).Order(), listed.Select(r => r.InteractionId).Order());
    }

    [Fact]
    public async Task ListDueForReminder_MixedRequests_ReturnsAskedUnansweredUnremindedOlderOnes()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        var created = ContractValues.SomeTime.AddYears(-30);
        var due = VoteValues.Request(tenant) with { CreatedAt = created };
        var others = new[]
        {
            VoteValues.Request(tenant) with { CreatedAt = created, RemindedAt = created },
            VoteValues.Request(tenant) with { CreatedAt = created, AnsweredAt = created },
            VoteValues.Request(tenant) with { CreatedAt = created, Skipped = RequestSkipReason.SampledOut },
            VoteValues.Request(tenant) with { CreatedAt = created.AddDays(2) },
            VoteValues.Request(tenant) with { CreatedAt = created.AddDays(-2) },
        };
        foreach (var request in others.Prepend(due))
        {
            await stores.Requests.CreateAsync(request, Ct);
        }

        var listed = await stores.Requests.ListDueForReminderAsync(created.AddDays(-1), created.AddDays(1), 1000, Ct);

        Assert.Contains(listed, r => r.InteractionId == due.InteractionId);
        Assert.DoesNotContain(listed, r => others.Any(o => o.InteractionId == r.InteractionId));
    }

    [Fact]
    public async Task ListByCustomer_ByIdOrChannelUserId_ReturnsTheirRequestsOnly()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        var byId = VoteValues.Request(tenant, customerId: "cust-1");
        var byChannelUser = VoteValues.Request(tenant, customerId: "other") with { Customer = new FeedbackCustomer("other", ChannelUserId: "cust-1", Channel: "slack") };
        await stores.Requests.CreateAsync(byId, Ct);
        await stores.Requests.CreateAsync(byChannelUser, Ct);
        await stores.Requests.CreateAsync(VoteValues.Request(tenant, customerId: "cust-2"), Ct);

        var listed = await stores.Requests.ListByCustomerAsync(tenant, "cust-1", Ct);

        Assert.Equal(new[] { byId.InteractionId, byChannelUser.InteractionId }.Order(), listed.Select(r => r.InteractionId).Order());
    }

    [Fact]
    public async Task WriteVote_InsertTwiceWithoutVersion_SecondFails()
    {
        var stores = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant"));

        var first = await stores.Votes.TryWriteAsync(VoteValues.Vote(request, Verdict.Hit), null, Ct);
        var second = await stores.Votes.TryWriteAsync(VoteValues.Vote(request, Verdict.Miss), null, Ct);
        var found = await stores.Votes.FindAsync(request.Tenant, request.Week, request.InteractionId, Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(Verdict.Hit, found!.Value.Verdict);
    }

    [Fact]
    public async Task WriteVote_ReplaceAtReadVersion_ReplacesAndStaleVersionFails()
    {
        var one = await CreateStoresAsync();
        var two = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant"));
        await one.Votes.TryWriteAsync(VoteValues.Vote(request, Verdict.Hit), null, Ct);
        var read = (await one.Votes.FindAsync(request.Tenant, request.Week, request.InteractionId, Ct))!;
        var replacement = VoteValues.Vote(request, Verdict.Miss, "Nobody called back 📞 " + ContractValues.ReservedCharacters, "returning-calls");

        var replaced = await two.Votes.TryWriteAsync(replacement, read.Version, Ct);
        var stale = await one.Votes.TryWriteAsync(VoteValues.Vote(request, Verdict.Hit), read.Version, Ct);
        var found = await one.Votes.FindAsync(request.Tenant, request.Week, request.InteractionId, Ct);

        Assert.True(replaced);
        Assert.False(stale);
        Assert.Equal(replacement, found!.Value);
    }

    [Fact]
    public async Task ListVotes_OneWeek_ReturnsThatTenantsWeekOnly()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        var mine = VoteValues.Request(tenant);
        await stores.Votes.TryWriteAsync(VoteValues.Vote(mine, Verdict.Miss), null, Ct);
        await stores.Votes.TryWriteAsync(VoteValues.Vote(VoteValues.Request(tenant, week: new IsoWeek(2027, 1)), Verdict.Hit), null, Ct);
        await stores.Votes.TryWriteAsync(VoteValues.Vote(VoteValues.Request(tenant + ContractValues.InjectionSuffix), Verdict.Hit), null, Ct);

        var listed = await stores.Votes.ListAsync(tenant, VoteValues.Week, Ct);

        Assert.Equal(mine.InteractionId, Assert.Single(listed).InteractionId);
    }

    [Fact]
    public async Task GetAggregate_NothingCounted_ReturnsEmpty()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");

        var aggregate = await stores.Aggregates.GetAsync(tenant, VoteValues.Week, Ct);

        Assert.Equal(0, aggregate.Votes.Total);
        Assert.Equal(0, aggregate.Requests);
        Assert.Equal(VoteValues.Week, aggregate.Week);
        Assert.Null(await stores.Aggregates.FindAsync(tenant, VoteValues.Week, Ct));
    }

    [Fact]
    public async Task WriteAggregate_RoundTrip_KeepsEveryCounter()
    {
        var stores = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant"));
        var aggregate = VoteTally.Count(WeeklyAggregate.Empty(request.Tenant, VoteValues.Week) with { Requests = 3 }, VoteValues.Vote(request, Verdict.Miss, element: "shipping"), +1);

        var written = await stores.Aggregates.TryWriteAsync(aggregate, null, Ct);
        var read = await stores.Aggregates.GetAsync(request.Tenant, VoteValues.Week, Ct);

        Assert.True(written);
        Assert.Equal(aggregate.Votes, read.Votes);
        Assert.Equal(3, read.Requests);
        Assert.Equal(aggregate.ByAgent.ToArray(), read.ByAgent.ToArray());
        Assert.Equal(aggregate.ByTeam.ToArray(), read.ByTeam.ToArray());
        Assert.Equal(aggregate.ByElement.ToArray(), read.ByElement.ToArray());
        Assert.Equal("Sam", read.AgentNames["agent-7"]);
    }

    [Fact]
    public async Task WriteAggregate_TwoWritersSameVersion_OnlyOneWins()
    {
        var one = await CreateStoresAsync();
        var two = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        await one.Aggregates.TryWriteAsync(WeeklyAggregate.Empty(tenant, VoteValues.Week), null, Ct);
        var read = (await one.Aggregates.FindAsync(tenant, VoteValues.Week, Ct))!;

        var first = await one.Aggregates.TryWriteAsync(read.Value with { Requests = 1 }, read.Version, Ct);
        var second = await two.Aggregates.TryWriteAsync(read.Value with { Requests = 2 }, read.Version, Ct);
        var insertAgain = await two.Aggregates.TryWriteAsync(read.Value, null, Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.False(insertAgain);
        Assert.Equal(1, (await two.Aggregates.GetAsync(tenant, VoteValues.Week, Ct)).Requests);
    }

    [Fact]
    public async Task ListAggregates_RangeAcrossNewYear_ReturnsWeeksInOrder()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        var weeks = new[] { new IsoWeek(2027, 2), new IsoWeek(2026, 52), new IsoWeek(2026, 53), new IsoWeek(2027, 1), new IsoWeek(2026, 40) };
        foreach (var week in weeks)
        {
            await stores.Aggregates.TryWriteAsync(WeeklyAggregate.Empty(tenant, week) with { Requests = week.Week }, null, Ct);
        }

        var listed = await stores.Aggregates.ListAsync(tenant, new IsoWeek(2026, 52), new IsoWeek(2027, 1), Ct);

        Assert.Equal(["2026-W52", "2026-W53", "2027-W01"], listed.Select(a => a.Week.ToString()));
    }

    [Fact]
    public async Task CustomerPreference_UpsertThenFind_RoundTrips()
    {
        var stores = await CreateStoresAsync();
        var tenant = ContractValues.Unique("tenant");
        var customer = "cust/" + ContractValues.Unique("#");
        await stores.Customers.UpsertAsync(new CustomerPreference(tenant, customer, ContractValues.SomeTime, null), Ct);

        await stores.Customers.UpsertAsync(new CustomerPreference(tenant, customer, ContractValues.SomeTime, ContractValues.SomeTime.AddDays(1)), Ct);
        var found = await stores.Customers.FindAsync(tenant, customer, Ct);

        Assert.Equal(ContractValues.SomeTime, found!.LastAskedAt);
        Assert.Equal(ContractValues.SomeTime.AddDays(1), found.OptedOutAt);
        Assert.Null(await stores.Customers.FindAsync(tenant, "someone-else", Ct));
    }

    [Fact]
    public async Task RecordVotes_ThroughCoreRules_AggregateEqualsRebuild()
    {
        var stores = await CreateStoresAsync();
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var counter = stores.Counter();
        var creator = new FeedbackRequests(stores.Requests, stores.Customers, counter, new VoteRules { AskInterval = TimeSpan.Zero }, time);
        var recorder = new VoteRecorder(stores.Requests, stores.Votes, counter, time);
        var tenant = ContractValues.Unique("tenant");
        var ids = Enumerable.Range(0, 6).Select(i => $"ticket-{i}").ToArray();
        foreach (var id in ids)
        {
            await creator.CreateAsync(new NewInteraction(tenant, id, new FeedbackCustomer("c-" + id), new FeedbackAgent("a" + (id.Length % 2)), "support", time.GetUtcNow(), "api"), Ct);
        }

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await recorder.RecordAsync(new VoteInput(tenant, id, i % 2 == 0 ? Verdict.Hit : Verdict.Miss, "link"), Ct);
        }

        await recorder.RecordAsync(new VoteInput(tenant, ids[0], Verdict.Miss, "link", ElementId: "shipping"), Ct);
        var week = IsoWeek.FromInstant(time.GetUtcNow(), TimeZoneInfo.Utc);
        var counted = await stores.Aggregates.GetAsync(tenant, week, Ct);
        var rebuilt = VoteTally.Rebuild(tenant, week, await stores.Votes.ListAsync(tenant, week, Ct), await stores.Requests.ListAsync(tenant, week, Ct));

        Assert.Equal(new HitMissCount(2, 4), counted.Votes);
        Assert.Equal(6, counted.Requests);
        Assert.Equal(rebuilt.Votes, counted.Votes);
        Assert.Equal(rebuilt.ByElement.ToArray(), counted.ByElement.ToArray());
        Assert.Equal(rebuilt.ByAgent.ToArray(), counted.ByAgent.ToArray());
        Assert.Equal(rebuilt.Requests, counted.Requests);
        Assert.Empty((await stores.Intents.ListCreatedBeforeAsync(ContractValues.SomeTime.AddDays(1), 10_000, Ct)).Where(i => i.Value.Tenant == tenant));
    }
}
