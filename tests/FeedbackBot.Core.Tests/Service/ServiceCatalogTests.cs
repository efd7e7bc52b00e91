using FeedbackBot.Core.Service;
using FeedbackBot.Core.Tests.Support;

namespace FeedbackBot.Core.Tests.Service;

public sealed class ServiceCatalogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditElementsAsync_OneConflict_ReappliesOnTheFreshListAndStores()
    {
        var store = new InMemoryServiceCatalogStore { ConflictsToSimulate = 1 };
        var catalog = new ServiceCatalog(store);

        var edit = await catalog.EditElementsAsync("t1", list => ServiceElementEdits.Add(list, "Live chat"), Ct);

        Assert.Equal(ElementEditOutcome.Done, edit.Outcome);
        Assert.Equal("live-chat", (await store.GetElementsAsync("t1", Ct))[^1].Id);
    }

    [Fact]
    public async Task EditElementsAsync_ConflictEveryTime_ReportsConflictAndStoresNothing()
    {
        var store = new InMemoryServiceCatalogStore { ConflictsToSimulate = 10 };
        var catalog = new ServiceCatalog(store);

        var edit = await catalog.EditElementsAsync("t1", list => ServiceElementEdits.Add(list, "Live chat"), Ct);

        Assert.Equal(ElementEditOutcome.Conflict, edit.Outcome);
        Assert.Equal(ServiceElementDefaults.All, await store.GetElementsAsync("t1", Ct));
    }

    [Fact]
    public async Task EditElementsAsync_RefusedEdit_WritesNothing()
    {
        var store = new InMemoryServiceCatalogStore();
        var catalog = new ServiceCatalog(store);

        var edit = await catalog.EditElementsAsync("t1", list => ServiceElementEdits.Add(list, "Returns"), Ct);

        Assert.Equal(ElementEditOutcome.NameTaken, edit.Outcome);
        Assert.Null((await store.ReadElementsAsync("t1", Ct)).Version);
    }
}
