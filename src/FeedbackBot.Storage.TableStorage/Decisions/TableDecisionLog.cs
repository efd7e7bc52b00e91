using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Decisions;

namespace FeedbackBot.Storage.TableStorage.Decisions;

/// <summary>
/// Decision records in the Decisions table (see <see cref="DecisionEntity"/>). Updates replace
/// the row with <c>If-Match</c> on the ETag read and re-apply the change on a 412, so teammates
/// predicting at once on two instances both count.
/// </summary>
public sealed class TableDecisionLog(TableStorageTables tables) : IDecisionLog
{
    private const int MaxUpdateAttempts = 10;

    private TableClient Table => tables.Decisions;

    public async Task<bool> AddAsync(DecisionRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await Table.AddEntityAsync(DecisionEntity.Create(record), ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<DecisionRecord?> FindAsync(string tenant, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);

        var found = await ReadAsync(tenant, id, ct).ConfigureAwait(false);
        return found is null ? null : DecisionEntity.ToRecord(found);
    }

    public async Task<DecisionRecord?> UpdateAsync(string tenant, string id, Func<DecisionRecord, DecisionRecord> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(change);

        for (var attempt = 0; attempt < MaxUpdateAttempts; attempt++)
        {
            if (await ReadAsync(tenant, id, ct).ConfigureAwait(false) is not { } stored)
            {
                return null;
            }

            var current = DecisionEntity.ToRecord(stored);
            var updated = change(current) with { Tenant = current.Tenant, Id = current.Id };
            try
            {
                await Table.UpdateEntityAsync(DecisionEntity.Create(updated), stored.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                return updated;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another instance wrote in between: apply the change to its version.
            }
        }

        throw new InvalidOperationException($"Decision {id} kept changing under {MaxUpdateAttempts} attempts to update it.");
    }

    // Property names are literal in the filters: CreateQueryFilter quotes every interpolated value.
    public async Task<IReadOnlyList<DecisionRecord>> ListByOwnerAsync(string tenant, string ownerId, int max, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(ownerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {DecisionEntity.PartitionKey(tenant)} and OwnerId eq {ownerId}");
        return await QueryAsync(filter, max, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DecisionRecord>> ListCreatedAsync(string tenant, DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (until <= since)
        {
            return [];
        }

        // Newest first: records created before `until` start at its bound, those before `since` at its.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {DecisionEntity.PartitionKey(tenant)} and RowKey ge {DecisionEntity.RowKeyBound(until.UtcTicks)} and RowKey lt {DecisionEntity.RowKeyBound(since.UtcTicks)}");
        return await QueryAsync(filter, int.MaxValue, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DecisionRecord>> ListFollowUpsDueAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        var filter = TableClient.CreateQueryFilter(
            $"AwaitsFollowUp eq {true} and FollowUpDueAt le {now}");
        var due = await QueryAsync(filter, int.MaxValue, ct).ConfigureAwait(false);
        return [.. due.OrderBy(d => d.FollowUpDueAt).ThenBy(d => d.Tenant, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).Take(max)];
    }

    private async Task<TableEntity?> ReadAsync(string tenant, string id, CancellationToken ct)
    {
        if (DecisionEntity.RowKey(id) is not { } rowKey)
        {
            return null;
        }

        var found = await Table.GetEntityIfExistsAsync<TableEntity>(DecisionEntity.PartitionKey(tenant), rowKey, cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private async Task<List<DecisionRecord>> QueryAsync(string filter, int max, CancellationToken ct)
    {
        var records = new List<DecisionRecord>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            records.Add(DecisionEntity.ToRecord(entity));
            if (records.Count >= max)
            {
                break;
            }
        }

        return records;
    }
}
