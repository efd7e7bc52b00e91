using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Storage.TableStorage.Conversations;

/// <summary>
/// Dialog state in the DialogState table, one row per conversation (see <see cref="DialogStateEntity"/>).
/// Concurrency is the service's own: a first write is an insert that fails when the row exists
/// (409), a later one a replace with <c>If-Match</c> on the ETag read (412 when another turn wrote
/// first), so two instances never overwrite each other's turn
/// (https://learn.microsoft.com/rest/api/storageservices/update-entity2).
/// </summary>
public sealed class TableDialogStateStore(TableStorageTables tables) : IDialogStateStore
{
    private TableClient Table => tables.DialogState;

    public async Task<StoredDialogState?> ReadAsync(ConversationKey key, CancellationToken ct)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            DialogStateEntity.PartitionKey(key), DialogStateEntity.RowKey, cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? DialogStateEntity.ToState(found.Value!) : null;
    }

    public async Task<StateWriteResult> WriteAsync(
        ConversationKey key, string payload, string? expectedETag, DateTimeOffset updatedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var writeId = Guid.NewGuid().ToString("N");
        var entity = DialogStateEntity.Create(key, payload, updatedAt, writeId);
        try
        {
            var response = expectedETag is null
                ? await Table.AddEntityAsync(entity, ct).ConfigureAwait(false)
                : await Table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return StateWriteResult.SavedAs(response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException("The Table service answered a write without an ETag."));
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return await OwnEarlierAttemptAsync(key, writeId, ct).ConfigureAwait(false) ?? StateWriteResult.Conflict;
        }
    }

    public async Task<bool> DeleteAsync(ConversationKey key, string expectedETag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(expectedETag);

        try
        {
            var response = await Table.DeleteEntityAsync(
                DialogStateEntity.PartitionKey(key), DialogStateEntity.RowKey, new ETag(expectedETag), ct).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// A conflict may be our own write: when an attempt timed out after the service had applied it,
    /// the SDK's retry meets the row that attempt wrote (409 or 412). The row's WriteId tells.
    /// Reporting that as a conflict would make the engine run the user's turn a second time.
    /// </summary>
    private async Task<StateWriteResult?> OwnEarlierAttemptAsync(ConversationKey key, string writeId, CancellationToken ct)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            DialogStateEntity.PartitionKey(key), DialogStateEntity.RowKey, cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue && DialogStateEntity.WriteId(found.Value!) == writeId
            ? StateWriteResult.SavedAs(found.Value!.ETag.ToString())
            : null;
    }
}
