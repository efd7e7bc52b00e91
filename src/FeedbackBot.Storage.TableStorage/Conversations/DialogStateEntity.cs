// Table DialogState. PartitionKey: TableKeys.Compose(channel, conversationId); RowKey: "dialog".
// Serves the per-turn point read of one conversation's state and the ETag-conditional
// insert / replace / delete of that one row. One row per partition: two conversations never
// contend. The payload may be split over several properties (ChunkedPayload): a 32 KB state
// and much larger ones fit one row.
using Azure.Data.Tables;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Storage.TableStorage.Conversations;

/// <summary>Maps dialog state to and from its row.</summary>
internal static class DialogStateEntity
{
    public const string RowKey = "dialog";

    private const string UpdatedAtProperty = "UpdatedAt";
    private const string WriteIdProperty = "WriteId";

    public static string PartitionKey(ConversationKey key)
    {
        ArgumentNullException.ThrowIfNull(key.Channel, nameof(key));
        ArgumentNullException.ThrowIfNull(key.ConversationId, nameof(key));
        return TableKeys.Compose(key.Channel, key.ConversationId);
    }

    /// <param name="writeId">Unique per write, so a write can recognise itself after an ambiguous retry.</param>
    public static TableEntity Create(ConversationKey key, string payload, DateTimeOffset updatedAt, string writeId)
    {
        var entity = new TableEntity(PartitionKey(key), RowKey)
        {
            [UpdatedAtProperty] = updatedAt,
            [WriteIdProperty] = writeId,
        };
        ChunkedPayload.Write(entity, payload);
        return entity;
    }

    public static StoredDialogState ToState(TableEntity entity) => new(
        Payload: ChunkedPayload.Read(entity),
        ETag: entity.ETag.ToString(),
        UpdatedAt: entity.GetDateTimeOffset(UpdatedAtProperty)
            ?? throw new InvalidDataException($"Dialog state row {entity.PartitionKey} has no {UpdatedAtProperty}."));

    public static string? WriteId(TableEntity entity) => entity.GetString(WriteIdProperty);
}
