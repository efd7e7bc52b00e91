using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Tests.Votes.Counting;

public sealed class CountingTests
{
    private const string Interaction = "ticket-1";

    [Fact]
    public async Task RecordVote_ReVoteOverVoteWhoseCountFailed_SettlesItFirstAndCountsExactly()
    {
        var world = new CountingWorld();
        await world.CreateRequestAsync(Interaction);
        world.Stores.Faults.ArmNext("intents.TrySettle", afterApplying: false);
        await world.VoteAsync(Interaction, Verdict.Hit);

        await world.VoteAsync(Interaction, Verdict.Miss, "shipping");

        var (counted, recounted) = await world.CountedAndRecountedAsync(world.Week);
        Assert.Equal(recounted, counted);
        Assert.Contains("votes HitMissCount { Hits = 0, Misses = 1,", counted, StringComparison.Ordinal);
        Assert.Empty(world.Stores.Intents);
    }

    [Fact]
    public async Task RecordVote_CountFailsAfterTheRowIsStored_IsAcceptedWithTheFailureAndLeavesTheIntent()
    {
        var world = new CountingWorld();
        await world.CreateRequestAsync(Interaction);
        world.Stores.Faults.ArmNext("intents.TrySettle", afterApplying: false);

        var outcome = await world.VoteAsync(Interaction, Verdict.Hit);

        Assert.Equal(VoteStatus.Accepted, outcome.Status);
        Assert.IsType<StoreDownException>(outcome.DeferredFailure);
        var intent = Assert.Single(world.Stores.Intents);
        Assert.Equal(outcome.Vote!.ChangeId, intent.ChangeId);
        Assert.Equal(new CountedVote(Verdict.Hit, "agent-7", "Sam", "support", null), intent.After);
    }

    [Fact]
    public async Task RecordVote_IntentCannotBeStored_FailsAndStoresNoVote()
    {
        var world = new CountingWorld();
        await world.CreateRequestAsync(Interaction);
        world.Stores.Faults.ArmNext("intents.Add", afterApplying: false);

        await Assert.ThrowsAsync<StoreDownException>(() => world.VoteAsync(Interaction, Verdict.Hit));

        IVoteStore votes = world.Stores;
        Assert.Null(await votes.FindAsync(CountingWorld.Tenant, world.Week, Interaction, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RecordVote_RowWriteLandsButAnswersConflict_CountsItOnce()
    {
        var world = new CountingWorld();
        await world.CreateRequestAsync(Interaction);
        world.Stores.ReportNextVoteWriteAsConflict = true;

        var outcome = await world.VoteAsync(Interaction, Verdict.Miss);

        var (counted, recounted) = await world.CountedAndRecountedAsync(world.Week);
        Assert.Equal(VoteStatus.Accepted, outcome.Status);
        Assert.Equal(recounted, counted);
        Assert.Contains("votes HitMissCount { Hits = 0, Misses = 1,", counted, StringComparison.Ordinal);
        Assert.Empty(world.Stores.Intents);
    }

    [Fact]
    public async Task RecordVote_SameVerdictAgain_WritesNoIntentAndKeepsTheChangeId()
    {
        var world = new CountingWorld();
        await world.CreateRequestAsync(Interaction);
        var first = await world.VoteAsync(Interaction, Verdict.Hit);
        var before = world.Stores.Faults.Calls.Count;

        var again = await world.VoteAsync(Interaction, Verdict.Hit);
        var details = await world.AddDetailsAsync(Interaction, "Quick and kind", elementId: null);

        Assert.DoesNotContain("intents.Add", world.Stores.Faults.Calls.Skip(before));
        Assert.Equal(first.Vote!.ChangeId, again.Vote!.ChangeId);
        Assert.Equal(first.Vote.ChangeId, details.Vote!.ChangeId);
        var (counted, recounted) = await world.CountedAndRecountedAsync(world.Week);
        Assert.Equal(recounted, counted);
    }

    [Fact]
    public async Task Repair_IntentWhoseRowNeverLanded_WaitsOutTheGraceThenDiscardsItUncounted()
    {
        var world = new CountingWorld();
        await world.CreateRequestAsync(Interaction);
        world.Stores.Faults.ArmNext("votes.TryWrite", afterApplying: false);
        await Assert.ThrowsAsync<StoreDownException>(() => world.VoteAsync(Interaction, Verdict.Hit));
        var ct = TestContext.Current.CancellationToken;

        var young = await world.Repair.RunAsync(CountingWorld.MinAge, CountingWorld.Grace, 1000, ct);
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var inGrace = await world.Repair.RunAsync(CountingWorld.MinAge, CountingWorld.Grace, 1000, ct);
        var afterGrace = await world.RepairAfterGraceAsync();

        Assert.Equal(new CountRepairResult(0, 0, 0), young);
        Assert.Equal(new CountRepairResult(0, 0, 1), inGrace);
        Assert.Equal(new CountRepairResult(0, 1, 0), afterGrace);
        Assert.Empty(world.Stores.Intents);
        var (counted, recounted) = await world.CountedAndRecountedAsync(world.Week);
        Assert.Equal(recounted, counted);
        Assert.Contains("votes HitMissCount { Hits = 0, Misses = 0,", counted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repair_IntentWhoseRowLanded_SettlesItOnceAfterTheMinimumAge()
    {
        var world = new CountingWorld();
        world.Stores.Faults.ArmNext("intents.TrySettle", afterApplying: false);
        var created = await world.CreateRequestAsync(Interaction);
        world.Time.Advance(CountingWorld.MinAge + TimeSpan.FromSeconds(1));
        var ct = TestContext.Current.CancellationToken;

        var first = await world.Repair.RunAsync(CountingWorld.MinAge, CountingWorld.Grace, 1000, ct);
        var second = await world.Repair.RunAsync(CountingWorld.MinAge, CountingWorld.Grace, 1000, ct);

        Assert.True(created.Created);
        Assert.IsType<StoreDownException>(created.DeferredFailure);
        Assert.Equal(new CountRepairResult(1, 0, 0), first);
        Assert.Equal(new CountRepairResult(0, 0, 0), second);
        var (counted, recounted) = await world.CountedAndRecountedAsync(world.Week);
        Assert.Equal(recounted, counted);
        Assert.StartsWith("requests 1,", counted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRequest_StoredRequestFoundOnRetry_SettlesItsIntentOnce()
    {
        var world = new CountingWorld();
        world.Stores.Faults.ArmNext("requests.Create", afterApplying: true);
        await Assert.ThrowsAsync<StoreDownException>(() => world.CreateRequestAsync(Interaction));

        var retried = await world.CreateRequestAsync(Interaction);
        var again = await world.CreateRequestAsync(Interaction);

        Assert.False(retried.Created);
        Assert.Null(retried.DeferredFailure);
        Assert.Equal(retried.Request.RequestId, again.Request.RequestId);
        var (counted, recounted) = await world.CountedAndRecountedAsync(world.Week);
        Assert.Equal(recounted, counted);
        Assert.StartsWith("requests 1,", counted, StringComparison.Ordinal);
        Assert.Empty(world.Stores.Intents);
    }
}
