using FeedbackBot.Core.Tests.Votes.Counting;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Tests.Votes;

/// <summary>The same interaction sent again after its first call failed once the request row was stored.</summary>
public sealed class RequestRetryTests
{
    private const string Interaction = "ticket-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_RetryAfterTheLastAskedWriteFailed_RecordsTheCustomerAsAskedSoTheIntervalHolds()
    {
        var world = new CountingWorld();
        world.Stores.Faults.ArmNext("customers.Upsert", afterApplying: false);
        await Assert.ThrowsAsync<StoreDownException>(() => world.CreateRequestAsync(Interaction));

        var retry = await world.CreateRequestAsync(Interaction);
        var other = await world.Requests.CreateAsync(
            new NewInteraction(CountingWorld.Tenant, "ticket-2", retry.Request.Customer, new FeedbackAgent("agent-7"), "support", world.Time.GetUtcNow(), "api"), Ct);

        Assert.False(retry.Created);
        Assert.Equal(retry.Request.CreatedAt, (await ((ICustomerPreferenceStore)world.Stores).FindAsync(CountingWorld.Tenant, retry.Request.Customer.Id, Ct))!.LastAskedAt);
        Assert.Equal(RequestSkipReason.RecentlyAsked, other.Request.Skipped);
    }

    [Fact]
    public async Task Create_RetryOfARequestWhoseCustomerWasRecorded_WritesNoPreference()
    {
        var world = new CountingWorld();
        await world.CreateRequestAsync(Interaction);
        var writesBefore = world.Stores.Faults.Calls.Count(c => c == "customers.Upsert");

        await world.CreateRequestAsync(Interaction);

        Assert.Equal(writesBefore, world.Stores.Faults.Calls.Count(c => c == "customers.Upsert"));
    }
}
