// Table DirectLine. PartitionKey: TableKeys.For(conversationId); RowKey: "conversation".
// Serves "already started?" (insert-if-absent) and the existence check per request (point read).
// LastWatermark numbers the conversation's activities: every append moves it on with If-Match
// in the same entity group transaction that inserts the activity row (TranscriptActivityEntity),
// which shares this partition. ConversationId is kept as a property: keys are never decoded.
using Azure.Data.Tables;
using FeedbackBot.Core.DirectLine;

namespace FeedbackBot.Storage.TableStorage.DirectLine;

internal static class DirectLineConversationEntity
{
    public const string RowKey = "conversation";

    private const string ConversationIdProperty = "ConversationId";
    private const string UserIdProperty = "UserId";
    private const string StartedAtProperty = "StartedAt";
    private const string LastWatermarkProperty = "LastWatermark";
    private const string StartIdProperty = "StartId";

    public static string PartitionKey(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return TableKeys.For(conversationId);
    }

    /// <param name="startId">Unique per start call, so a start can recognise itself after an ambiguous retry.</param>
    public static TableEntity Create(DirectLineConversation conversation, string startId) =>
        new(PartitionKey(conversation.ConversationId), RowKey)
        {
            [ConversationIdProperty] = conversation.ConversationId,
            [UserIdProperty] = conversation.UserId,
            [StartedAtProperty] = conversation.StartedAt,
            [LastWatermarkProperty] = 0L,
            [StartIdProperty] = startId,
        };

    public static DirectLineConversation ToConversation(TableEntity entity) => new(
        entity.GetString(ConversationIdProperty) ?? throw Missing(entity, ConversationIdProperty),
        entity.GetString(UserIdProperty) ?? throw Missing(entity, UserIdProperty),
        entity.GetDateTimeOffset(StartedAtProperty) ?? throw Missing(entity, StartedAtProperty));

    public static string? StartId(TableEntity entity) => entity.GetString(StartIdProperty);

    public static long LastWatermark(TableEntity entity) =>
        entity.GetInt64(LastWatermarkProperty) ?? throw Missing(entity, LastWatermarkProperty);

    /// <summary>Only the counter, for a merge that leaves the other properties alone.</summary>
    public static TableEntity CounterUpdate(string partitionKey, long lastWatermark) =>
        new(partitionKey, RowKey) { [LastWatermarkProperty] = lastWatermark };

    private static InvalidDataException Missing(TableEntity entity, string property) =>
        new($"Direct Line conversation row {entity.PartitionKey} has no {property}.");
}
