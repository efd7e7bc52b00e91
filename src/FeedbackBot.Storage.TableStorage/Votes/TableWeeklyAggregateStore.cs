using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

/// <summary>Weekly aggregates in the WeeklyAggregates table (see <see cref="WeeklyAggregateEntity"/>).</summary>
public sealed class TableWeeklyAggregateStore(TableStorageTables tables) : IWeeklyAggregateStore
{
    public async Task<WeeklyAggregate> GetAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        (await FindAsync(tenant, week, ct).ConfigureAwait(false))?.Value ?? WeeklyAggregate.Empty(tenant, week);

    public async Task<Versioned<WeeklyAggregate>?> FindAsync(string tenant, IsoWeek week, CancellationToken ct)
    {
        var found = await tables.WeeklyAggregates.GetEntityIfExistsAsync<TableEntity>(
            WeeklyAggregateEntity.PartitionKey(tenant), WeeklyAggregateEntity.RowKey(week), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue
            ? new Versioned<WeeklyAggregate>(WeeklyAggregateEntity.Read(found.Value!), ConditionalWrites.Version(found.Value!))
            : null;
    }

    public Task<bool> TryWriteAsync(WeeklyAggregate aggregate, string? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return ConditionalWrites.TryWriteAsync(tables.WeeklyAggregates, WeeklyAggregateEntity.Create(aggregate), expectedVersion, ct);
    }

    public async Task<IReadOnlyList<WeeklyAggregate>> ListAsync(string tenant, IsoWeek first, IsoWeek last, CancellationToken ct)
    {
        var partition = WeeklyAggregateEntity.PartitionKey(tenant);
        var from = WeeklyAggregateEntity.RowKey(first);
        var to = WeeklyAggregateEntity.RowKey(last);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey le {to}");
        var aggregates = new List<WeeklyAggregate>();
        await foreach (var entity in tables.WeeklyAggregates.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            // The week range ends before the count intents' "~" rows; skipped all the same, should a range ever reach them.
            if (!CountIntentEntity.IsIntent(entity))
            {
                aggregates.Add(WeeklyAggregateEntity.Read(entity));
            }
        }

        return aggregates;
    }

    /// <remarks>A query across partitions on the row key (the week): one row per tenant comes back.</remarks>
    public async Task<IReadOnlyList<string>> ListTenantsAsync(IsoWeek week, CancellationToken ct)
    {
        var row = WeeklyAggregateEntity.RowKey(week);
        var tenants = new List<string>();
        await foreach (var entity in tables.WeeklyAggregates.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {row}"), cancellationToken: ct).ConfigureAwait(false))
        {
            if (!CountIntentEntity.IsIntent(entity))
            {
                tenants.Add(WeeklyAggregateEntity.Read(entity).Tenant);
            }
        }

        return tenants;
    }
}
