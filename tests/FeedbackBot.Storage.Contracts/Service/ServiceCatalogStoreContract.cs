using FeedbackBot.Core.Service;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Service;

/// <summary>Behaviour every <see cref="IServiceCatalogStore"/> must show, through the port only.</summary>
public abstract class ServiceCatalogStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A new store over this test's storage; two calls see the same data, as two instances would.</summary>
    protected abstract Task<IServiceCatalogStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetStatementAsync_NothingSet_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        var statement = await store.GetStatementAsync(ContractValues.Unique("tenant"), Ct);

        Assert.Null(statement);
    }

    [Fact]
    public async Task SetStatementAsync_ThreeVersions_CurrentIsNewestAndHistoryKeepsAllNewestFirst()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var first = new ServiceStatement("We answer every ticket within a day.", "U1", Monday, "Ada");
        var second = new ServiceStatement("Wir antworten binnen 4 Stunden — 👍 garantiert.", "U2", Monday.AddDays(1));
        var third = new ServiceStatement("Same-day answers, free returns.", "U1", Monday.AddDays(2), "Ada");

        await store.SetStatementAsync(tenant, first, Ct);
        await store.SetStatementAsync(tenant, second, Ct);
        await store.SetStatementAsync(tenant, third, Ct);
        var other = await CreateStoreAsync();

        Assert.Equal(third, await other.GetStatementAsync(tenant, Ct));
        Assert.Equal([third, second, first], await other.GetStatementHistoryAsync(tenant, 10, Ct));
        Assert.Equal([third, second], await other.GetStatementHistoryAsync(tenant, 2, Ct));
    }

    [Fact]
    public async Task GetElementsAsync_NothingStored_ReturnsTheSeededDefaults()
    {
        var store = await CreateStoreAsync();

        var elements = await store.GetElementsAsync(ContractValues.Unique("tenant"), Ct);

        Assert.Equal(ServiceElementDefaults.All, elements);
        Assert.Equal(
            ["guarantees", "warranties", "returns", "shipping", "after-hours-service", "returning-contacts", "order-fulfillment"],
            elements.Select(e => e.Id));
    }

    [Fact]
    public async Task TryReplaceElementsAsync_FromTheVersionRead_StoresTheListWithEveryField()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var read = await store.ReadElementsAsync(tenant, Ct);
        List<ServiceElement> changed =
        [
            .. read.Elements.Select(e => e.Id == "shipping" ? e with { CoveredByStatement = true } : e),
            new("live-chat", "Live-Chat für Zoë", CoveredByStatement: false, Retired: true),
        ];

        var replaced = await store.TryReplaceElementsAsync(tenant, changed, read.Version, Ct);
        var other = await CreateStoreAsync();

        Assert.True(replaced);
        Assert.Equal(changed, await other.GetElementsAsync(tenant, Ct));
    }

    [Fact]
    public async Task TryReplaceElementsAsync_SomeoneElseWroteSinceTheRead_RefusesAndKeepsTheirList()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var read = await store.ReadElementsAsync(tenant, Ct);
        List<ServiceElement> theirs = [.. read.Elements, new("theirs", "Theirs")];
        List<ServiceElement> mine = [.. read.Elements, new("mine", "Mine")];
        Assert.True(await store.TryReplaceElementsAsync(tenant, theirs, read.Version, Ct));

        var replaced = await store.TryReplaceElementsAsync(tenant, mine, read.Version, Ct);

        Assert.False(replaced);
        Assert.Equal(theirs, await store.GetElementsAsync(tenant, Ct));
    }

    [Fact]
    public async Task TryReplaceElementsAsync_SecondEditFromTheNewVersion_Succeeds()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var first = await store.ReadElementsAsync(tenant, Ct);
        Assert.True(await store.TryReplaceElementsAsync(tenant, [.. first.Elements, new("a", "A")], first.Version, Ct));
        var second = await store.ReadElementsAsync(tenant, Ct);

        var replaced = await store.TryReplaceElementsAsync(tenant, [.. second.Elements, new("b", "B")], second.Version, Ct);

        Assert.True(replaced);
        Assert.Equal(["a", "b"], (await store.GetElementsAsync(tenant, Ct)).Select(e => e.Id).TakeLast(2));
    }

    [Fact]
    public async Task Tenants_WriteTheirOwnStatementAndElements_NeverSeeEachOthers()
    {
        var store = await CreateStoreAsync();
        var mine = ContractValues.Unique("tenant|a/b");
        var theirs = ContractValues.Unique("tenant");
        await store.SetStatementAsync(mine, new ServiceStatement("Mine", "U1", Monday), Ct);
        var read = await store.ReadElementsAsync(mine, Ct);
        await store.TryReplaceElementsAsync(mine, [new("only-mine", "Only mine")], read.Version, Ct);

        var statement = await store.GetStatementAsync(theirs, Ct);
        var elements = await store.GetElementsAsync(theirs, Ct);

        Assert.Null(statement);
        Assert.Empty(await store.GetStatementHistoryAsync(theirs, 10, Ct));
        Assert.Equal(ServiceElementDefaults.All, elements);
    }
}
