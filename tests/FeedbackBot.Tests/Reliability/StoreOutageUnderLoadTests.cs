using System.Net;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// Azurite stopped for <see cref="FaultRun.Outage"/> and started again while two instances take
/// helpdesk requests, link votes and dialog turns. Builds on the single-host outage test in
/// <c>Storage/TableStorageHostTests</c>: here the store fails under concurrent traffic on two
/// instances, and every acknowledgement given at any point is checked against the store afterwards,
/// and, after one count repair pass, every week's aggregate against a recount.
/// </summary>
public sealed class StoreOutageUnderLoadTests : IAsyncLifetime
{
    private FaultBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await FaultBot.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task TwoInstances_AzuriteDownMidLoad_EveryRequestAnsweredClearlyNothingAcknowledgedLostBothRecover()
    {
        BotHost[] hosts = [_bot.NewHost(), _bot.NewHost()];
        await Task.WhenAll(hosts.Select(h => Poll.ReadinessAsync(h, HttpStatusCode.OK)));
        using var stop = new CancellationTokenSource();
        var voters = hosts.SelectMany((h, i) => Enumerable.Range(0, FaultRun.Load).Select(c => new LinkVoter(h, $"h{i}c{c}"))).ToList();
        var talkers = hosts.SelectMany((h, i) => Enumerable.Range(0, FaultRun.Load).Select(c => new DialogTalker(h, _bot.Connector, $"a:fault-h{i}c{c}"))).ToList();
        var load = new List<Task>();
        string Describe() => string.Join(
            "; ",
            voters.Select(v => $"{v.Name}: {v.Acknowledged.Count} acknowledged, {v.Refused} refused")
                .Concat(talkers.Select(t => $"{t.Conversation}: {t.StepsSaved} steps saved, {t.ToldSaveFailed} told save failed"))
                .Concat(voters.SelectMany(v => v.Problems).Concat(talkers.SelectMany(t => t.Problems)).Take(5))
                .Concat(_bot.UnhandledExceptions().Take(2))
                .Concat(load.Where(t => t.IsFaulted).Select(t => t.Exception!.ToString()).Take(1)));
        load.AddRange(voters.Select(v => v.RunAsync(stop.Token)).Concat(talkers.Select(t => t.RunAsync(stop.Token))));
        await Poll.UntilAsync(() => voters.All(v => !v.Acknowledged.IsEmpty) && talkers.All(t => t.StepsSaved > 0), "traffic before the outage", Describe);

        await _bot.Azurite.StopAsync();
        var readyWhileDown = await Task.WhenAll(hosts.Select(h => Poll.ReadinessAsync(h, HttpStatusCode.ServiceUnavailable)));
        var refusalsBefore = voters.Sum(v => v.Refused) + talkers.Sum(t => t.ToldSaveFailed);
        await Task.Delay(FaultRun.Outage, Ct);
        await Poll.UntilAsync(() => voters.Sum(v => v.Refused) + talkers.Sum(t => t.ToldSaveFailed) > refusalsBefore, "an answer during the outage", Describe);
        await _bot.Azurite.StartAsync(Ct);
        var readyAfter = await Task.WhenAll(hosts.Select(h => Poll.ReadinessAsync(h, HttpStatusCode.OK)));
        var votesAtRecovery = voters.Select(v => v.Acknowledged.Count).ToList();
        var stepsAtRecovery = talkers.Select(t => t.StepsSaved).ToList();
        await Poll.UntilAsync(
            () => voters.Select((v, i) => v.Acknowledged.Count > votesAtRecovery[i]).All(b => b)
                && talkers.Select((t, i) => t.StepsSaved > stepsAtRecovery[i]).All(b => b),
            "traffic after the outage",
            Describe);
        await stop.CancelAsync();
        await Task.WhenAll(load);
        TestContext.Current.TestOutputHelper?.WriteLine($"Outage {FaultRun.Outage.TotalSeconds:0} s, {FaultRun.Load} client(s) per kind and instance: {Describe()}");
        var auditor = await RepairOnceAfterTheInstancesAsync(hosts);

        Assert.All(readyWhileDown, ready => Assert.True(ready));
        Assert.All(readyAfter, ready => Assert.True(ready));
        Assert.Empty(voters.SelectMany(v => v.Problems).Concat(talkers.SelectMany(t => t.Problems)));
        Assert.Empty(_bot.UnhandledExceptions());
        Assert.True(voters.Sum(v => v.Refused) + talkers.Sum(t => t.ToldSaveFailed) > 0, "The outage refused nothing: it did not happen under load.");
        Assert.All(talkers, t => Assert.True(t.DialogsFinished > 0, $"{t.Conversation} never finished a dialog."));
        await AssertEveryAcknowledgedVoteStoredAsync(auditor, voters.SelectMany(v => v.Acknowledged).ToList());
    }

    /// <summary>
    /// Stops the instances (a graceful stop waits for the requests in flight, so no store write is
    /// pending any more) and runs one count repair pass on a fresh instance. With every write over,
    /// an intent whose row has not landed never will, so the pass runs without a grace period.
    /// </summary>
    private async Task<BotHost> RepairOnceAfterTheInstancesAsync(IEnumerable<BotHost> hosts)
    {
        foreach (var host in hosts)
        {
            await _bot.KillAsync(host);
        }

        var auditor = _bot.NewHost();
        await Poll.ReadinessAsync(auditor, HttpStatusCode.OK);
        var repaired = await auditor.Services.GetRequiredService<CountRepair>().RunAsync(TimeSpan.Zero, TimeSpan.Zero, 100_000, Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"Count repair after the run: {repaired.Settled} changes counted, {repaired.Discarded} whose row never landed discarded.");
        return auditor;
    }

    /// <summary>Each helpdesk request answered 201 is stored, each vote answered 200 is stored as given and counted once.</summary>
    private static async Task AssertEveryAcknowledgedVoteStoredAsync(BotHost host, IReadOnlyList<LinkVoter.Acknowledgement> acknowledged)
    {
        var requests = host.Services.GetRequiredService<IFeedbackRequestStore>();
        var votes = host.Services.GetRequiredService<IVoteStore>();
        var aggregates = host.Services.GetRequiredService<IWeeklyAggregateStore>();
        var weeks = new HashSet<Core.Weeks.IsoWeek>();
        foreach (var ack in acknowledged)
        {
            var request = await requests.FindAsync(Tenants.Default, ack.InteractionId, Ct);
            Assert.True(request is not null, $"Request {ack.InteractionId} was answered 201 but is not stored.");
            weeks.Add(request.Value.Week);
            if (ack.Verdict is { } verdict)
            {
                var vote = await votes.FindAsync(Tenants.Default, request.Value.Week, ack.InteractionId, Ct);
                Assert.True(vote?.Value.Verdict == verdict, $"The vote on {ack.InteractionId} was answered 200 ({verdict}) but the store has {vote?.Value.Verdict.ToString() ?? "none"}.");
            }
        }

        // After the repair pass every week's aggregate is exactly what its stored votes and
        // requests add up to: nothing a refused (503) vote or request left stored goes uncounted,
        // and nothing is counted twice.
        var acknowledgedVotes = acknowledged.Where(a => a.Verdict is not null).Select(a => a.InteractionId).ToHashSet(StringComparer.Ordinal);
        foreach (var week in weeks)
        {
            var stored = await votes.ListAsync(Tenants.Default, week, Ct);
            var refusedButStored = stored.Where(v => !acknowledgedVotes.Contains(v.InteractionId)).ToList();
            var aggregate = await aggregates.GetAsync(Tenants.Default, week, Ct);
            var recount = VoteTally.Rebuild(Tenants.Default, week, stored, await requests.ListAsync(Tenants.Default, week, Ct));
            var tally = aggregate.Votes;
            Assert.Equal(recount.Votes, aggregate.Votes);
            Assert.Equal(recount.Requests, aggregate.Requests);
            Assert.Equal(recount.ByAgent.ToArray(), aggregate.ByAgent.ToArray());
            Assert.Equal(recount.ByTeam.ToArray(), aggregate.ByTeam.ToArray());
            Assert.Equal(recount.ByElement.ToArray(), aggregate.ByElement.ToArray());
            TestContext.Current.TestOutputHelper?.WriteLine($"Week {week}: {stored.Count} votes stored, {refusedButStored.Count} of them refused (503); {aggregate.Requests} requests; tally {tally}, equal to the recount.");
        }

        Assert.DoesNotContain(
            await host.Services.GetRequiredService<ICountIntentStore>().ListCreatedBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(1), 100_000, Ct),
            intent => intent.Value.Tenant == Tenants.Default);
    }
}
