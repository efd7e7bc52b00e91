using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Storage.TableStorage.Service;

/// <summary>
/// The service statement history and element list in the Settings table; see
/// <see cref="StatementEntity"/> and <see cref="ElementsEntity"/>.
/// </summary>
public sealed class TableServiceCatalogStore(TableStorageTables tables) : IServiceCatalogStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables.Settings;

    public async Task<ServiceStatement?> GetStatementAsync(string tenant, CancellationToken ct)
    {
        var newest = await GetStatementHistoryAsync(tenant, 1, ct).ConfigureAwait(false);
        return newest.Count == 0 ? null : newest[0];
    }

    public async Task<IReadOnlyList<ServiceStatement>> GetStatementHistoryAsync(string tenant, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var history = new List<ServiceStatement>();
        var filter = SettingsRows.PrefixFilter(tenant, StatementEntity.Prefix);
        await foreach (var entity in Table.QueryAsync<StatementEntity>(filter, Math.Min(limit, 1000), cancellationToken: ct).ConfigureAwait(false))
        {
            history.Add(entity.ToStatement());
            if (history.Count == limit)
            {
                break;
            }
        }

        return history;
    }

    public async Task SetStatementAsync(string tenant, ServiceStatement statement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(statement);
        await Table.AddEntityAsync(StatementEntity.From(tenant, statement), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ServiceElement>> GetElementsAsync(string tenant, CancellationToken ct) =>
        (await ReadElementsAsync(tenant, ct).ConfigureAwait(false)).Elements;

    public async Task<VersionedElements> ReadElementsAsync(string tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var found = await Table.GetEntityIfExistsAsync<ElementsEntity>(
            SettingsRows.Partition(tenant), SettingsRows.Settings, [nameof(ElementsEntity.ServiceElements)], ct).ConfigureAwait(false);
        if (!found.HasValue)
        {
            return new VersionedElements(ServiceElementDefaults.All, null);
        }

        var entity = found.Value!;
        var elements = entity.ServiceElements is { } json
            ? JsonSerializer.Deserialize<List<ServiceElement>>(json, Json) ?? []
            : ServiceElementDefaults.All;
        return new VersionedElements(elements, entity.ETag.ToString());
    }

    public async Task<bool> TryReplaceElementsAsync(string tenant, IReadOnlyList<ServiceElement> elements, string? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(elements);
        var entity = new ElementsEntity
        {
            PartitionKey = SettingsRows.Partition(tenant),
            RowKey = SettingsRows.Settings,
            ServiceElements = JsonSerializer.Serialize(elements, Json),
        };
        try
        {
            if (expectedVersion is null)
            {
                await Table.AddEntityAsync(entity, ct).ConfigureAwait(false);
            }
            else
            {
                await Table.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Merge, ct).ConfigureAwait(false);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }
}
