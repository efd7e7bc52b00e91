using Azure.Data.Tables;
using FeedbackBot.Core.Health;

namespace FeedbackBot.Storage.TableStorage.Health;

/// <summary>
/// Readiness: one page of a single-partition query for a row that never exists in the
/// DialogState table. It needs only the data permissions the stores need, costs one cheap
/// request, and fails (404 TableNotFound) when the table is missing, as a point read that
/// tolerates "not found" would not. A dead endpoint throws after the client's bounded retries.
/// </summary>
public sealed class TableHealthProbe(TableStorageTables tables) : IStoreHealthProbe
{
    // Dialog state partition keys always contain the '|' separator, so this one is never a real row.
    private const string ProbePartitionKey = "readiness-probe";

    public async Task<bool> IsReachableAsync(CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ProbePartitionKey}");
        var pages = tables.DialogState.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], ct).AsPages();
        await foreach (var _ in pages.ConfigureAwait(false))
        {
            break;
        }

        return true;
    }
}
