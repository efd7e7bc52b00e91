using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Decisions;

/// <summary>
/// Behaviour every <see cref="IDecisionLog"/> must show. Tests use tenants of their own, so
/// providers may share one backing store; the cross-tenant follow-up query is checked within
/// the test's tenants only.
/// </summary>
public abstract class DecisionLogContract
{
    /// <summary>A new log over this test's backing storage; two calls see the same data.</summary>
    protected abstract Task<IDecisionLog> CreateLogAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_AfterAdd_ReturnsEveryField()
    {
        var log = await CreateLogAsync();
        var record = Full(ContractValues.Unique("t"), ContractValues.SomeTime);
        await log.AddAsync(record, Ct);

        var found = await (await CreateLogAsync()).FindAsync(record.Tenant, record.Id, Ct);

        Assert.NotNull(found);
        Assert.Equal(record.Decision, found.Decision);
        Assert.Equal(record.Elements, found.Elements);
        Assert.Equal(record.OtherElement, found.OtherElement);
        Assert.Equal(Verdict.Miss, found.PredictedReaction);
        Assert.Equal(record.ReactionReason, found.ReactionReason);
        Assert.Equal(record.ValueReason, found.ValueReason);
        Assert.True(found.CustomersAsked);
        Assert.Equal(record.Evidence, found.Evidence);
        Assert.Equal(record.Statement, found.Statement);
        Assert.False(found.HonoursStatement);
        Assert.Equal(record.TeamPredictions, found.TeamPredictions);
        Assert.Equal(record.ResultMessage, found.ResultMessage);
        Assert.Equal(record.CreatedAt, found.CreatedAt);
        Assert.Equal(record.FollowUpDueAt, found.FollowUpDueAt);
        Assert.Equal(record.OwnerName, found.OwnerName);
        Assert.Equal("de-DE", found.Locale);
    }

    [Fact]
    public async Task FindAsync_UnknownOrMalformedId_ReturnsNull()
    {
        var log = await CreateLogAsync();
        var tenant = ContractValues.Unique("t");

        var unknown = await log.FindAsync(tenant, DecisionIds.New(ContractValues.SomeTime), Ct);
        var malformed = await log.FindAsync(tenant, "../" + ContractValues.ReservedCharacters, Ct);

        Assert.Null(unknown);
        Assert.Null(malformed);
    }

    [Fact]
    public async Task FindAsync_OtherTenant_ReturnsNull()
    {
        var log = await CreateLogAsync();
        var record = Minimal(ContractValues.Unique("t"), ContractValues.SomeTime, "u1");
        await log.AddAsync(record, Ct);

        var found = await log.FindAsync(ContractValues.Unique("t"), record.Id, Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task AddAsync_IdNotFromDecisionIds_Throws()
    {
        var log = await CreateLogAsync();
        var record = Minimal(ContractValues.Unique("t"), ContractValues.SomeTime, "u1") with { Id = "my-own-id" };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => log.AddAsync(record, Ct));
    }

    [Fact]
    public async Task AddAsync_SameIdAgain_ReturnsFalseAndKeepsTheFirst()
    {
        var log = await CreateLogAsync();
        var record = Minimal(ContractValues.Unique("t"), ContractValues.SomeTime, "u1");
        var first = await log.AddAsync(record, Ct);

        var second = await log.AddAsync(record with { Decision = "something else" }, Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(record.Decision, (await log.FindAsync(record.Tenant, record.Id, Ct))!.Decision);
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentTeamPredictions_AllKept()
    {
        var record = Minimal(ContractValues.Unique("t"), ContractValues.SomeTime, "owner");
        await (await CreateLogAsync()).AddAsync(record, Ct);
        var logs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CreateLogAsync()));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => logs[i % logs.Length].UpdateAsync(
            record.Tenant, record.Id, r => r.WithTeamPrediction(new TeamPrediction($"mate{i}", null, Verdict.Hit, ContractValues.SomeTime)), Ct)));

        var found = await logs[0].FindAsync(record.Tenant, record.Id, Ct);
        Assert.Equal(6, found!.TeamPredictions.Count);
    }

    [Fact]
    public async Task UpdateAsync_SamePersonPredictsAgain_ReplacesTheirPrediction()
    {
        var log = await CreateLogAsync();
        var record = Minimal(ContractValues.Unique("t"), ContractValues.SomeTime, "owner");
        await log.AddAsync(record, Ct);
        await log.UpdateAsync(record.Tenant, record.Id, r => r.WithTeamPrediction(new TeamPrediction("mate", "Mo", Verdict.Hit, ContractValues.SomeTime)), Ct);

        var updated = await log.UpdateAsync(record.Tenant, record.Id, r => r.WithTeamPrediction(new TeamPrediction("mate", "Mo", Verdict.Miss, ContractValues.SomeTime)), Ct);

        var only = Assert.Single((await log.FindAsync(record.Tenant, record.Id, Ct))!.TeamPredictions);
        Assert.Equal(Verdict.Miss, only.Prediction);
        Assert.Equal(Verdict.Miss, Assert.Single(updated!.TeamPredictions).Prediction);
    }

    [Fact]
    public async Task UpdateAsync_Missing_ReturnsNull()
    {
        var log = await CreateLogAsync();

        var updated = await log.UpdateAsync(ContractValues.Unique("t"), DecisionIds.New(ContractValues.SomeTime), r => r with { Status = DecisionStatus.Drop }, Ct);

        Assert.Null(updated);
    }

    [Fact]
    public async Task ListByOwnerAsync_ReturnsOnlyTheOwnersNewestFirstUpToMax()
    {
        var log = await CreateLogAsync();
        var tenant = ContractValues.Unique("t");
        for (var day = 0; day < 4; day++)
        {
            await log.AddAsync(Minimal(tenant, ContractValues.SomeTime.AddDays(day), "me"), Ct);
        }

        await log.AddAsync(Minimal(tenant, ContractValues.SomeTime.AddDays(10), "someone else"), Ct);

        var mine = await log.ListByOwnerAsync(tenant, "me", 3, Ct);

        Assert.Equal([3, 2, 1], mine.Select(r => (r.CreatedAt - ContractValues.SomeTime).Days));
        Assert.All(mine, r => Assert.Equal("me", r.OwnerId));
    }

    [Fact]
    public async Task ListCreatedAsync_ReturnsTheHalfOpenRangeNewestFirst()
    {
        var log = await CreateLogAsync();
        var tenant = ContractValues.Unique("t");
        var start = ContractValues.SomeTime;
        foreach (var offset in new[] { -1, 0, 3, 7 })
        {
            await log.AddAsync(Minimal(tenant, start.AddDays(offset), "u"), Ct);
        }

        await log.AddAsync(Minimal(ContractValues.Unique("t"), start.AddDays(1), "u"), Ct);

        var week = await log.ListCreatedAsync(tenant, start, start.AddDays(7), Ct);

        Assert.Equal([3, 0], week.Select(r => (r.CreatedAt - start).Days));
    }

    [Fact]
    public async Task ListFollowUpsDueAsync_ReturnsDueAwaitingOnesOldestFirst()
    {
        var log = await CreateLogAsync();
        var tenant = ContractValues.Unique("t");
        var now = ContractValues.SomeTime.AddDays(20);
        var dueLater = Minimal(tenant, ContractValues.SomeTime.AddDays(1), "u") with { FollowUpDueAt = now.AddDays(1) };
        var dueFirst = Minimal(tenant, ContractValues.SomeTime.AddDays(2), "u") with { FollowUpDueAt = now.AddDays(-3) };
        var dueSecond = Minimal(tenant, ContractValues.SomeTime.AddDays(3), "u") with { FollowUpDueAt = now };
        var dropped = Minimal(tenant, ContractValues.SomeTime.AddDays(4), "u") with { FollowUpDueAt = now.AddDays(-1), Status = DecisionStatus.Drop };
        var sent = Minimal(tenant, ContractValues.SomeTime.AddDays(5), "u") with { FollowUpDueAt = now.AddDays(-1) };
        foreach (var record in new[] { dueLater, dueFirst, dueSecond, dropped, sent })
        {
            await log.AddAsync(record, Ct);
        }

        await log.UpdateAsync(tenant, sent.Id, r => r with { FollowUpSentAt = now }, Ct);

        var due = await log.ListFollowUpsDueAsync(now, 1000, Ct);

        Assert.Equal([dueFirst.Id, dueSecond.Id], due.Where(r => r.Tenant == tenant).Select(r => r.Id));
    }

    [Fact]
    public async Task ListFollowUpsDueAsync_AfterActualReactionRecorded_NoLongerDue()
    {
        var log = await CreateLogAsync();
        var tenant = ContractValues.Unique("t");
        var record = Minimal(tenant, ContractValues.SomeTime, "u");
        await log.AddAsync(record, Ct);

        await log.UpdateAsync(tenant, record.Id, r => r.WithActualReaction(Verdict.Hit, ContractValues.SomeTime), Ct);

        var due = await log.ListFollowUpsDueAsync(record.FollowUpDueAt.AddDays(1), 1000, Ct);
        Assert.DoesNotContain(due, r => r.Tenant == tenant);
        Assert.Equal(Verdict.Hit, (await log.FindAsync(tenant, record.Id, Ct))!.ActualReaction);
    }

    [Fact]
    public async Task AddAsync_ReservedCharactersInTenantAndOwner_RoundTrip()
    {
        var log = await CreateLogAsync();
        var tenant = ContractValues.Unique(ContractValues.ReservedCharacters);
        var record = Minimal(tenant, ContractValues.SomeTime, ContractValues.InjectionSuffix);
        await log.AddAsync(record, Ct);
        await log.AddAsync(Minimal(tenant, ContractValues.SomeTime.AddDays(1), "other"), Ct);

        var mine = await log.ListByOwnerAsync(tenant, ContractValues.InjectionSuffix, 10, Ct);

        Assert.Equal(record.Id, Assert.Single(mine).Id);
    }

    private static DecisionRecord Minimal(string tenant, DateTimeOffset createdAt, string ownerId) => new()
    {
        Tenant = tenant,
        Id = DecisionIds.New(createdAt),
        OwnerId = ownerId,
        Channel = "msteams",
        ConversationId = "conv",
        Decision = "Charge for returns",
        PredictedReaction = Verdict.Hit,
        ReactionReason = "why",
        FindsValue = true,
        ValueReason = "value",
        CustomersAsked = false,
        CreatedAt = createdAt,
        FollowUpDueAt = createdAt.AddDays(14),
    };

    private static DecisionRecord Full(string tenant, DateTimeOffset createdAt) => Minimal(tenant, createdAt, "owner-1") with
    {
        OwnerName = "Zoë 👩🏽‍💼",
        Locale = "de-DE",
        Decision = "Stop free returns — \"for now\" 📦",
        Elements = ["returns", "shipping"],
        OtherElement = "packaging",
        PredictedReaction = Verdict.Miss,
        ReactionReason = "People rely on it",
        ValueReason = "None for them",
        CustomersAsked = true,
        Evidence =
        [
            new ElementEvidence { ElementId = "returns", ElementName = "Returns", Hits = 12, Misses = 3, RankedCrucial = 5, RankedImportant = 2, RankedNiceToHave = 1, RankedNotImportant = 0 },
        ],
        Statement = "We make returns painless.",
        HonoursStatement = false,
        TeamPredictions = [new TeamPrediction("mate", "Mo", Verdict.Hit, createdAt)],
        ResultMessage = new PostedMessage("msteams", "conv", "activity-1"),
    };
}
