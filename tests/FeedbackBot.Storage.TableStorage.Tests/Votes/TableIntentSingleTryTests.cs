using Azure.Core;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.TableStorage.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

/// <summary>
/// A count intent's insert is sent once (see <see cref="SingleTry"/>): under an overloaded store a
/// retry of it could land before the first try, and the first try would then bring the intent back
/// after it was counted, to be counted twice (found by the scale-out load run at 200 turns/s).
/// Every other write keeps the SDK's retry.
/// </summary>
public sealed class TableIntentSingleTryTests(AzuriteFixture azurite)
{
    private const string Prefix = "IntentTry";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddIntent_AnswerLost_FailsWithoutSendingTheInsertAgain()
    {
        var losing = new LoseResponsesPolicy(message => IsInsertInto(message, "WeeklyAggregates"), count: 1);
        var log = new RequestLogPolicy();
        var intents = new TableCountIntentStore(await TestTables.WithPoliciesAsync(azurite.Server, Prefix, losing, log));
        var intent = Intent();

        await Assert.ThrowsAnyAsync<Exception>(() => intents.AddAsync(intent, Ct));

        Assert.Equal(1, losing.Lost);
        Assert.Single(log.Requests, r => r.StartsWith("POST", StringComparison.Ordinal) && r.Contains(Prefix + "WeeklyAggregates", StringComparison.Ordinal));
        Assert.NotNull(await intents.FindAsync(intent.Tenant, intent.Week, intent.ChangeId, Ct)); // it landed: the repair discards it, nothing carries it
    }

    [Fact]
    public async Task WriteVote_AnswerLost_IsStillRetriedAndSaved()
    {
        var losing = new LoseResponsesPolicy(message => IsInsertInto(message, "Votes"), count: 1);
        var log = new RequestLogPolicy();
        var votes = new TableVoteStore(await TestTables.WithPoliciesAsync(azurite.Server, Prefix, losing, log));
        var vote = new Vote
        {
            Tenant = "tenant-" + Guid.NewGuid().ToString("N"),
            Week = new IsoWeek(2026, 48),
            InteractionId = "ticket-1",
            RequestId = "request-1",
            Verdict = Verdict.Hit,
            Via = "link",
            VotedAt = DateTimeOffset.UtcNow,
            AgentId = "agent-1",
        };

        var written = await votes.TryWriteAsync(vote, null, Ct);

        Assert.Equal(1, losing.Lost);
        Assert.True(2 <= log.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal) && r.Contains(Prefix + "Votes", StringComparison.Ordinal)), string.Join("\n", log.Requests));
        Assert.NotNull(await votes.FindAsync(vote.Tenant, vote.Week, vote.InteractionId, Ct));
        Assert.False(written); // the retry met its own row: a lost race to the store, which the vote recorder recognises by its change id
    }

    private static CountIntent Intent() => new()
    {
        Tenant = "tenant-" + Guid.NewGuid().ToString("N"),
        Week = new IsoWeek(2026, 48),
        ChangeId = Guid.NewGuid().ToString("N"),
        InteractionId = "ticket-1",
        Kind = CountIntentKind.Request,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static bool IsInsertInto(HttpMessage message, string table) =>
        message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith(Prefix + table, StringComparison.Ordinal);
}
