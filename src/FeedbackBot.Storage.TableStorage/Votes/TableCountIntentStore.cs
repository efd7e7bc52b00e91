using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

/// <summary>
/// Count intents in the WeeklyAggregates table (see <see cref="CountIntentEntity"/>); settling one
/// is an entity-group transaction with the aggregate row of the same partition.
/// </summary>
public sealed class TableCountIntentStore(TableStorageTables tables) : ICountIntentStore
{
    public async Task<string> AddAsync(CountIntent intent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var entity = CountIntentEntity.Create(intent);
        try
        {
            // Sent once: a retry could bring the intent back after it was counted (see SingleTry).
            Response response;
            using (SingleTry.Scope())
            {
                response = await tables.WeeklyAggregates.AddEntityAsync(entity, ct).ConfigureAwait(false);
            }

            return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The Table service answered an insert without an ETag.");
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Change ids are unique: the row is this very insert (only an earlier try of the caller's could be).
            return (await FindAsync(intent.Tenant, intent.Week, intent.ChangeId, ct).ConfigureAwait(false))?.Version
                ?? throw new InvalidOperationException("An intent conflicted on insert but cannot be read.", ex);
        }
    }

    public async Task<Versioned<CountIntent>?> FindAsync(string tenant, IsoWeek week, string changeId, CancellationToken ct)
    {
        var found = await tables.WeeklyAggregates.GetEntityIfExistsAsync<TableEntity>(
            WeeklyAggregateEntity.PartitionKey(tenant), CountIntentEntity.RowKey(week, changeId), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? Versioned(found.Value!) : null;
    }

    public async Task<SettleResult> TrySettleAsync(Versioned<CountIntent> intent, WeeklyAggregate aggregate, string? aggregateVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(aggregate);
        var change = intent.Value;
        TableTransactionAction[] actions =
        [
            aggregateVersion is null
                ? new(TableTransactionActionType.Add, WeeklyAggregateEntity.Create(aggregate))
                : new(TableTransactionActionType.UpdateReplace, WeeklyAggregateEntity.Create(aggregate), new ETag(aggregateVersion)),
            new(TableTransactionActionType.Delete, new TableEntity(WeeklyAggregateEntity.PartitionKey(change.Tenant), CountIntentEntity.RowKey(change.Week, change.ChangeId)), new ETag(intent.Version)),
        ];
        try
        {
            await tables.WeeklyAggregates.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
            return SettleResult.Applied;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Which action failed decides, and the intent itself is the surest witness: gone means
            // someone settled it (or this very transaction, retried after a lost response).
            return await FindAsync(change.Tenant, change.Week, change.ChangeId, ct).ConfigureAwait(false) is null
                ? SettleResult.IntentGone
                : SettleResult.AggregateChanged;
        }
    }

    public async Task<bool> TryDiscardAsync(Versioned<CountIntent> intent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        try
        {
            // A missing row answers 404 without throwing.
            var response = await tables.WeeklyAggregates.DeleteEntityAsync(
                WeeklyAggregateEntity.PartitionKey(intent.Value.Tenant), CountIntentEntity.RowKey(intent.Value.Week, intent.Value.ChangeId), new ETag(intent.Version), ct).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <remarks>
    /// A query across partitions on the RowKey range of intents: a scan of the aggregates table,
    /// which holds one row per tenant and week plus the few intents in flight, run once a minute.
    /// </remarks>
    public async Task<IReadOnlyList<Versioned<CountIntent>>> ListCreatedBeforeAsync(DateTimeOffset createdBefore, int max, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"RowKey gt {CountIntentEntity.RowKeyPrefix} and RowKey lt {CountIntentEntity.RowKeyEnd} and CreatedAt lt {createdBefore}");
        var intents = new List<Versioned<CountIntent>>();
        if (max <= 0)
        {
            return intents;
        }

        await foreach (var entity in tables.WeeklyAggregates.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            if (CountIntentEntity.IsIntent(entity))
            {
                intents.Add(Versioned(entity));
                if (intents.Count == max)
                {
                    break;
                }
            }
        }

        return intents;
    }

    private static Versioned<CountIntent> Versioned(TableEntity entity) => new(CountIntentEntity.Read(entity), ConditionalWrites.Version(entity));
}
