using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

/// <summary>
/// Feedback requests in the FeedbackRequests table with their index by interaction id (see
/// <see cref="FeedbackRequestEntity"/>). The request row's insert-if-absent decides who created it,
/// so a create retried after a crash between the two inserts still creates exactly once.
/// </summary>
public sealed class TableFeedbackRequestStore(TableStorageTables tables) : IFeedbackRequestStore
{
    public async Task<(FeedbackRequest Request, bool Created)> CreateAsync(FeedbackRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var toStore = request;
        if (!await ConditionalWrites.TryWriteAsync(tables.FeedbackRequestIndex, FeedbackRequestEntity.CreateIndex(request), null, ct).ConfigureAwait(false))
        {
            // The interaction is known: its request lives in the indexed week (unless a crash came between the inserts).
            var index = await ReadIndexAsync(request.Tenant, request.InteractionId, ct).ConfigureAwait(false);
            if (index is { } week && week != request.Week)
            {
                toStore = request with { Week = week };
            }
        }

        if (await ConditionalWrites.TryWriteAsync(tables.FeedbackRequests, FeedbackRequestEntity.Create(toStore), null, ct).ConfigureAwait(false))
        {
            return (toStore, true);
        }

        var existing = await FindInWeekAsync(toStore.Tenant, toStore.Week, toStore.InteractionId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A request row conflicted on insert but cannot be read.");
        return (existing.Value, false);
    }

    public async Task<Versioned<FeedbackRequest>?> FindAsync(string tenant, string interactionId, CancellationToken ct) =>
        await ReadIndexAsync(tenant, interactionId, ct).ConfigureAwait(false) is { } week
            ? await FindInWeekAsync(tenant, week, interactionId, ct).ConfigureAwait(false)
            : null;

    public async Task<bool> TryUpdateAsync(FeedbackRequest request, string expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await ConditionalWrites.TryWriteAsync(tables.FeedbackRequests, FeedbackRequestEntity.Create(request), expectedVersion, ct).ConfigureAwait(false))
        {
            return false;
        }

        // The index follows (the customer may have been forgotten); a crash here leaves an index
        // that still names them, and "forget me" run again erases nothing twice.
        await tables.FeedbackRequestIndex.UpsertEntityAsync(FeedbackRequestEntity.CreateIndex(request), TableUpdateMode.Replace, ct).ConfigureAwait(false);
        return true;
    }

    public Task<IReadOnlyList<FeedbackRequest>> ListAsync(string tenant, IsoWeek week, CancellationToken ct)
    {
        var partition = FeedbackRequestEntity.PartitionKey(tenant, week);
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), int.MaxValue, ct);
    }

    // Rows come back in key order, not by age; the caller handles any order.
    public Task<IReadOnlyList<FeedbackRequest>> ListDueForReminderAsync(DateTimeOffset createdAfter, DateTimeOffset createdBefore, int max, CancellationToken ct) =>
        QueryAsync(TableClient.CreateQueryFilter($"DueForReminder eq {true} and CreatedAt gt {createdAfter} and CreatedAt lt {createdBefore}"), max, ct);

    public async Task<IReadOnlyList<FeedbackRequest>> ListByCustomerAsync(string tenant, string customerId, CancellationToken ct)
    {
        var partition = FeedbackRequestEntity.IndexPartitionKey(tenant);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (CustomerId eq {customerId} or ChannelUserId eq {customerId})");
        var requests = new List<FeedbackRequest>();
        await foreach (var index in tables.FeedbackRequestIndex.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            if (FeedbackRequestEntity.IndexedWeek(index) is { } week
                && await FindInWeekAsync(tenant, week, InteractionIdOf(index), ct).ConfigureAwait(false) is { } found)
            {
                requests.Add(found.Value);
            }
        }

        return requests;
    }

    private static string InteractionIdOf(TableEntity index) => index.GetString(FeedbackRequestEntity.InteractionId) ?? "";

    private async Task<IsoWeek?> ReadIndexAsync(string tenant, string interactionId, CancellationToken ct)
    {
        var found = await tables.FeedbackRequestIndex.GetEntityIfExistsAsync<TableEntity>(
            FeedbackRequestEntity.IndexPartitionKey(tenant), FeedbackRequestEntity.RowKey(interactionId), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? FeedbackRequestEntity.IndexedWeek(found.Value!) : null;
    }

    private async Task<Versioned<FeedbackRequest>?> FindInWeekAsync(string tenant, IsoWeek week, string interactionId, CancellationToken ct)
    {
        var found = await tables.FeedbackRequests.GetEntityIfExistsAsync<TableEntity>(
            FeedbackRequestEntity.PartitionKey(tenant, week), FeedbackRequestEntity.RowKey(interactionId), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue
            ? new Versioned<FeedbackRequest>(FeedbackRequestEntity.Read(found.Value!), ConditionalWrites.Version(found.Value!))
            : null;
    }

    private async Task<IReadOnlyList<FeedbackRequest>> QueryAsync(string filter, int max, CancellationToken ct)
    {
        var requests = new List<FeedbackRequest>();
        await foreach (var entity in tables.FeedbackRequests.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            requests.Add(FeedbackRequestEntity.Read(entity));
            if (requests.Count >= max)
            {
                break;
            }
        }

        return requests;
    }
}
