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

        Assert.Equal(
            ["InitFreshConversationReferences", "InitFreshDecisions", "InitFreshDialogState", "InitFreshDirectLine", "InitFreshLeases", "InitFreshSettings", "InitFreshSurveyAnswers"],
            names);
    }

    [Fact]
    public async Task InitializeAsync_SeveralInstancesAtOnceAndAgain_AllSucceed()
    {
        var initializers = Enumerable.Range(0, 4).Select(_ => Initializer(TestTables.Open(TestTables.Options(azurite.Server, "InitRace")))).ToList();

        await Task.WhenAll(initializers.Select(i => i.InitializeAsync(Ct)));
        await initializers[0].InitializeAsync(Ct);
        var names = await TableNamesAsync("InitRace");

        Assert.Equal(7, names.Count);
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
