using Azure.Data.Tables;
using FeedbackBot.Core.Health;

namespace FeedbackBot.Storage.TableStorage.Health;

/// <summary>
/// Readiness: a point read of a row that never exists in the DialogState table. It needs only
/// the data permissions the stores need, proves the account answers and the table exists, and
/// costs one cheap request. A dead endpoint throws after the client's bounded retries (seconds).
/// </summary>
public sealed class TableHealthProbe(TableStorageTables tables) : IStoreHealthProbe
{
    // Dialog state partition keys always contain the '|' separator, so this one is never a real row.
    private const string ProbePartitionKey = "readiness-probe";

    public async Task<bool> IsReachableAsync(CancellationToken ct)
    {
        await tables.DialogState.GetEntityIfExistsAsync<TableEntity>(
            ProbePartitionKey, ProbePartitionKey, select: ["PartitionKey"], cancellationToken: ct).ConfigureAwait(false);
        return true;
    }
}
