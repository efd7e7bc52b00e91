using Azure.Data.Tables;
using FeedbackBot.Testing.Azurite;

namespace FeedbackBot.ScaleOut.Tests;

/// <summary>
/// The fault run's store: Azurite started with durable writes keeps every write it answered
/// across a SIGKILL, as a storage account would (plain Azurite saves only every 5 s).
/// </summary>
public sealed class AzuriteDurableWritesTests
{
    private const int Writes = 200;

    [Fact]
    public async Task KillAsync_DurableWrites_EveryAcknowledgedWriteIsThereAfterTheRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var azurite = await ScaleOutRuns.RunAsync(() => AzuriteServer.StartNewAsync(durableWrites: true, ct));
        var table = new TableClient(azurite.ConnectionString, "durable");
        await table.CreateIfNotExistsAsync(ct);
        await Parallel.ForEachAsync(Enumerable.Range(0, Writes), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
            await table.UpsertEntityAsync(new TableEntity("p", $"row{i:000}") { ["Value"] = i }, cancellationToken: token));

        await azurite.KillAsync();
        await azurite.StartAsync(ct);

        var stored = new List<int>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: ct))
        {
            stored.Add(entity.GetInt32("Value")!.Value);
        }

        Assert.Equal(Enumerable.Range(0, Writes), stored.Order());
    }
}
