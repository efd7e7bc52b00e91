using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.DirectLine;

namespace FeedbackBot.Storage.TableStorage.DirectLine;

/// <summary>
/// Direct Line conversations and transcripts in the DirectLine table, one partition per
/// conversation (see <see cref="DirectLineConversationEntity"/> and <see cref="TranscriptActivityEntity"/>).
/// An append moves the conversation's counter on (If-Match on the ETag read) and inserts the
/// activity in one entity group transaction: both or neither. An appender can only number
/// activity n + 1 after reading the counter at n, which becomes visible together with activity n,
/// so watermarks become visible in increasing order, whichever instance appends
/// (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
/// </summary>
public sealed class TableDirectLineTranscriptStore(TableStorageTables tables) : IDirectLineTranscriptStore
{
    /// <summary>
    /// Appends racing on one conversation retry on a lost race; each round one of them wins, so
    /// this bounds the wait for the last of that many simultaneous appenders. A chat rarely has two.
    /// </summary>
    private const int MaxAppendAttempts = 100;

    private TableClient Table => tables.DirectLine;

    public async Task<bool> StartConversationAsync(DirectLineConversation conversation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);

        var startId = Guid.NewGuid().ToString("N");
        try
        {
            await Table.AddEntityAsync(DirectLineConversationEntity.Create(conversation, startId), ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // 409 after an attempt that timed out once the service had applied it is our own insert.
            var stored = await ReadConversationRowAsync(DirectLineConversationEntity.PartitionKey(conversation.ConversationId), ct).ConfigureAwait(false);
            return stored is not null && DirectLineConversationEntity.StartId(stored) == startId;
        }
    }

    public async Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken ct)
    {
        var stored = await ReadConversationRowAsync(DirectLineConversationEntity.PartitionKey(conversationId), ct).ConfigureAwait(false);
        return stored is null ? null : DirectLineConversationEntity.ToConversation(stored);
    }

    public async Task<long> AppendAsync(string conversationId, string payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var partitionKey = DirectLineConversationEntity.PartitionKey(conversationId);
        var appendId = Guid.NewGuid().ToString("N");
        for (var attempt = 1; attempt <= MaxAppendAttempts; attempt++)
        {
            var conversation = await ReadConversationRowAsync(partitionKey, ct).ConfigureAwait(false)
                ?? throw new KeyNotFoundException("The Direct Line conversation was never started.");
            var watermark = DirectLineConversationEntity.LastWatermark(conversation) + 1;
            TableTransactionAction[] actions =
            [
                new(TableTransactionActionType.UpdateMerge, DirectLineConversationEntity.CounterUpdate(partitionKey, watermark), conversation.ETag),
                new(TableTransactionActionType.Add, TranscriptActivityEntity.Create(partitionKey, watermark, payload, appendId)),
            ];
            try
            {
                await Table.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
                return watermark;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                if (await IsOwnAppendAsync(partitionKey, watermark, appendId, ct).ConfigureAwait(false))
                {
                    return watermark;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(attempt, 20))), ct).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"Another append won every one of {MaxAppendAttempts} attempts on this Direct Line conversation.");
    }

    public async Task<IReadOnlyList<TranscriptActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int maxCount, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterWatermark);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);

        var partitionKey = DirectLineConversationEntity.PartitionKey(conversationId);
        var (after, last) = TranscriptActivityEntity.RowKeyRange(afterWatermark);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey gt {after} and RowKey le {last}");
        var activities = new List<TranscriptActivity>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, Math.Min(maxCount, 1_000), cancellationToken: ct).ConfigureAwait(false))
        {
            activities.Add(TranscriptActivityEntity.ToActivity(entity));
            if (activities.Count == maxCount)
            {
                break;
            }
        }

        return activities;
    }

    private async Task<TableEntity?> ReadConversationRowAsync(string partitionKey, CancellationToken ct)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, DirectLineConversationEntity.RowKey, cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// A lost race, or our own transaction retried by the SDK after the service had applied it?
    /// Only our transaction writes our append id into the row of the watermark it tried.
    /// </summary>
    private async Task<bool> IsOwnAppendAsync(string partitionKey, long watermark, string appendId, CancellationToken ct)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, TranscriptActivityEntity.RowKey(watermark), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue && TranscriptActivityEntity.AppendId(found.Value!) == appendId;
    }
}
