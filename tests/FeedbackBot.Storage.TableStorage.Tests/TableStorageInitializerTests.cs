using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedbackBot.Storage.TableStorage.Tests;

public sealed class TableStorageInitializerTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_FreshAccount_CreatesEveryTableWithThePrefix()
    {
        var tables = TestTables.Open(TestTables.Options(azurite.Server, "InitFresh"));

        await Initializer(tables).InitializeAsync(Ct);
        var names = await TableNamesAsync("InitFresh");

        // Every table of the stores, each with the prefix: derived from the list, so a feature's new table needs no edit here.
        Assert.Equal(tables.All.Select(t => t.Name).Order(StringComparer.Ordinal), names);
        Assert.All(names, n => Assert.StartsWith("InitFresh", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InitializeAsync_SeveralInstancesAtOnceAndAgain_AllSucceed()
    {
        var tables = Enumerable.Range(0, 4).Select(_ => TestTables.Open(TestTables.Options(azurite.Server, "InitRace"))).ToList();
        var initializers = tables.Select(Initializer).ToList();

        await Task.WhenAll(initializers.Select(i => i.InitializeAsync(Ct)));
        await initializers[0].InitializeAsync(Ct);
        var names = await TableNamesAsync("InitRace");

        Assert.Equal(tables[0].All.Count, names.Count);
    }

    private static TableStorageInitializer Initializer(TableStorageTables tables) => new(tables, NullLogger<TableStorageInitializer>.Instance);

    private async Task<List<string>> TableNamesAsync(string prefix)
    {
        var names = new List<string>();
        var filter = TableClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}");
        await foreach (var table in TestTables.ServiceClient(azurite.Server).QueryAsync(filter, cancellationToken: Ct))
        {
            names.Add(table.Name);
        }

        return [.. names.Order(StringComparer.Ordinal)];
    }
}
