using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Tests.Votes.Counting;

/// <summary>
/// Every store call of a vote, a re-vote, a details change and a request creation is made to fail,
/// before it takes effect and after (its answer lost); after a retry and/or a repair pass, the
/// week's aggregate must equal a recount of its stored votes and requests, exactly.
/// </summary>
public sealed class CrashPointTests
{
    private const string Interaction = "ticket-1";

    public static TheoryData<string, bool, string> Cases()
    {
        var cases = new TheoryData<string, bool, string>();
        foreach (var scenario in Scenarios.Keys)
        {
            foreach (var afterApplying in new[] { false, true })
            {
                foreach (var recovery in new[] { "retry", "repair", "retry+repair" })
                {
                    cases.Add(scenario, afterApplying, recovery);
                }
            }
        }

        return cases;
    }

    /// <summary>Each scenario: what is in place before (no faults), and the change a crash interrupts.</summary>
    private static readonly Dictionary<string, (Func<CountingWorld, Task> Setup, Func<CountingWorld, Task> Change)> Scenarios = new()
    {
        ["first vote"] = (
            w => w.CreateRequestAsync(Interaction),
            w => w.VoteAsync(Interaction, Verdict.Hit)),
        ["re-vote"] = (
            async w => { await w.CreateRequestAsync(Interaction); await w.VoteAsync(Interaction, Verdict.Hit); },
            w => w.VoteAsync(Interaction, Verdict.Miss, "shipping")),
        ["details change"] = (
            async w => { await w.CreateRequestAsync(Interaction); await w.VoteAsync(Interaction, Verdict.Miss); },
            w => w.AddDetailsAsync(Interaction, "Nobody called back", "returning-calls")),
        ["request creation"] = (
            w => w.CreateRequestAsync("ticket-0"),
            w => w.CreateRequestAsync(Interaction)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Change_CrashAtEveryStoreCall_AggregateEqualsRecountAfterRecovery(string scenario, bool afterApplying, string recovery)
    {
        var (setup, change) = Scenarios[scenario];
        var calls = await CallsOfAsync(setup, change);
        var failures = new List<string>();

        for (var crashAt = 0; crashAt < calls.Count; crashAt++)
        {
            var world = new CountingWorld();
            await setup(world);
            var week = world.Week;
            world.Stores.Faults.Arm(world.Stores.Faults.Calls.Count + crashAt, afterApplying);
            await ChangeUntilTheCrashAsync(world, change);
            world.Stores.Faults.Disarm();
            if (recovery.StartsWith("retry", StringComparison.Ordinal))
            {
                await change(world);
            }

            if (recovery.EndsWith("repair", StringComparison.Ordinal))
            {
                await world.RepairAfterGraceAsync();
            }

            var (counted, recounted) = await world.CountedAndRecountedAsync(week);
            if (counted != recounted || (recovery.EndsWith("repair", StringComparison.Ordinal) && world.Stores.Intents.Count > 0))
            {
                failures.Add($"crash at {calls[crashAt]} (call {crashAt}): counted {counted}; recount {recounted}; intents left {world.Stores.Intents.Count}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Crash_FirstVote_EveryKeyStepIsAmongTheCrashPoints()
    {
        var calls = await CallsOfAsync(Scenarios["first vote"].Setup, Scenarios["first vote"].Change);

        var intent = calls.ToList().IndexOf("intents.Add");
        var row = calls.ToList().IndexOf("votes.TryWrite");
        var settle = calls.ToList().IndexOf("intents.TrySettle");

        Assert.True(intent >= 0 && intent < row && row < settle, string.Join(", ", calls));
        Assert.True(settle < calls.Count - 1, "a call follows the settle (marking the request answered), so a crash after the settle is tested too");
    }

    /// <summary>Runs the change into the armed fault. Some crash points fail the change, others (the count after the row is stored) leave it accepted.</summary>
    private static async Task ChangeUntilTheCrashAsync(CountingWorld world, Func<CountingWorld, Task> change)
    {
        try
        {
            await change(world);
        }
        catch (StoreDownException)
        {
        }
    }

    /// <summary>The store calls <paramref name="change"/> makes when nothing fails.</summary>
    private static async Task<IReadOnlyList<string>> CallsOfAsync(Func<CountingWorld, Task> setup, Func<CountingWorld, Task> change)
    {
        var world = new CountingWorld();
        await setup(world);
        var before = world.Stores.Faults.Calls.Count;
        await change(world);
        return [.. world.Stores.Faults.Calls.Skip(before)];
    }
}
