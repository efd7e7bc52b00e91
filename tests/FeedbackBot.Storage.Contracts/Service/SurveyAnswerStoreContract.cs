using FeedbackBot.Core.Service;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Service;

/// <summary>Behaviour every <see cref="ISurveyAnswerStore"/> must show, through the port only.</summary>
public abstract class SurveyAnswerStoreContract
{
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 14, 3, 0, TimeSpan.FromHours(1));

    /// <summary>A new store over this test's storage; two calls see the same data, as two instances would.</summary>
    protected abstract Task<ISurveyAnswerStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_NothingSaved_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        var found = await store.FindAsync(ContractValues.Unique("tenant"), Q4, "cust-1", Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task SaveAsync_EveryField_RoundTrips()
    {
        var store = await CreateStoreAsync();
        var answers = Answers(ContractValues.Unique("tenant"), "29:cust/ö#1?", completed: true) with { ExcellentService = "Schnell — und freundlich 😊" };

        await store.SaveAsync(answers, Ct);
        var found = await (await CreateStoreAsync()).FindAsync(answers.Tenant, Q4, answers.CustomerId, Ct);

        AssertSame(answers, found);
    }

    [Fact]
    public async Task SaveAsync_SameCustomerAndQuarter_ReplacesTheOlderSet()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        await store.SaveAsync(Answers(tenant, "cust-1", completed: true) with { ExcellentService = "old" }, Ct);
        var newer = new SurveyAnswerSet(tenant, "cust-1", Q4, new Dictionary<string, ElementImportance> { ["returns"] = ElementImportance.NotImportant }, null, false, At.AddDays(3));

        await store.SaveAsync(newer, Ct);

        AssertSame(newer, await store.FindAsync(tenant, Q4, "cust-1", Ct));
        Assert.Single(await store.ListAsync(tenant, Q4, Ct));
    }

    [Fact]
    public async Task ListAsync_TwoQuartersAndTwoTenants_ReturnsOnlyThatTenantsQuarter()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var other = ContractValues.Unique("tenant");
        await store.SaveAsync(Answers(tenant, "cust-1", completed: true), Ct);
        await store.SaveAsync(Answers(tenant, "cust-2", completed: false), Ct);
        await store.SaveAsync(Answers(tenant, "cust-3", completed: true) with { Quarter = Q4.Previous() }, Ct);
        await store.SaveAsync(Answers(other, "cust-4", completed: true), Ct);

        var listed = await store.ListAsync(tenant, Q4, Ct);

        Assert.Equal(["cust-1", "cust-2"], listed.Select(a => a.CustomerId).Order(StringComparer.Ordinal));
        Assert.Null(await store.FindAsync(other, Q4, "cust-1", Ct));
    }

    private static SurveyAnswerSet Answers(string tenant, string customer, bool completed) => new(
        tenant,
        customer,
        Q4,
        new Dictionary<string, ElementImportance>
        {
            ["shipping"] = ElementImportance.Crucial,
            ["returns"] = ElementImportance.Important,
            ["warranties"] = ElementImportance.NiceToHave,
            ["guarantees"] = ElementImportance.NotImportant,
        },
        null,
        completed,
        At);

    private static void AssertSame(SurveyAnswerSet expected, SurveyAnswerSet? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Rankings = actual.Rankings }, actual);
        Assert.Equal(expected.Rankings.OrderBy(r => r.Key, StringComparer.Ordinal), actual.Rankings.OrderBy(r => r.Key, StringComparer.Ordinal));
        Assert.Equal(expected.UpdatedAt.UtcTicks, actual.UpdatedAt.UtcTicks);
    }
}
