// Table Decisions. PartitionKey: TableKeys.For({tenant}); RowKey: TableKeys.Compose({inverted UTC
// ticks of the creation time, 19 digits}, {id}), so a partition reads newest first. The ticks come
// from the id itself (DecisionIds), so a point read needs only (tenant, id). Serves the point read
// and ETag-conditional replace of one record, an owner's recent checks (partition scan filtered on
// OwnerId, newest first), a tenant's checks in a time range (row-key range) and the follow-up job's
// scan of due checks (AwaitsFollowUp, FollowUpDueAt; across partitions, a small table). The record
// itself is JSON in Payload*.
using System.Globalization;
using Azure.Data.Tables;
using FeedbackBot.Core.Decisions;

namespace FeedbackBot.Storage.TableStorage.Decisions;

internal static class DecisionEntity
{
    // Named literally in TableDecisionLog's query filters too.
    private const string OwnerIdProperty = "OwnerId";
    private const string FollowUpDueAtProperty = "FollowUpDueAt";
    private const string AwaitsFollowUpProperty = "AwaitsFollowUp";

    private const string IdProperty = "Id";
    private const string CreatedAtProperty = "CreatedAt";

    public static string PartitionKey(string tenant) => TableKeys.For(tenant);

    /// <returns>The row key, or <c>null</c> when <paramref name="id"/> is not a decision id.</returns>
    public static string? RowKey(string id) =>
        DecisionIds.TryGetCreatedTicks(id, out var ticks) ? TableKeys.Compose(InvertedTicks(ticks), id) : null;

    /// <summary>The lowest row key of records created before <paramref name="ticks"/> (exclusive bound, newest first).</summary>
    public static string RowKeyBound(long ticks) => InvertedTicks(ticks - 1);

    public static TableEntity Create(DecisionRecord record)
    {
        var entity = new TableEntity(PartitionKey(record.Tenant), RowKey(record.Id)
            ?? throw new ArgumentException($"'{record.Id}' is not a decision id (see DecisionIds).", nameof(record)))
        {
            [IdProperty] = record.Id,
            [OwnerIdProperty] = record.OwnerId,
            [CreatedAtProperty] = record.CreatedAt,
            [FollowUpDueAtProperty] = record.FollowUpDueAt,
            [AwaitsFollowUpProperty] = record.AwaitsFollowUp,
        };
        ChunkedPayload.Write(entity, DecisionJson.Serialize(record));
        return entity;
    }

    public static DecisionRecord ToRecord(TableEntity entity) => DecisionJson.Deserialize(ChunkedPayload.Read(entity));

    private static string InvertedTicks(long ticks) =>
        (DateTimeOffset.MaxValue.UtcTicks - ticks).ToString("D19", CultureInfo.InvariantCulture);
}
