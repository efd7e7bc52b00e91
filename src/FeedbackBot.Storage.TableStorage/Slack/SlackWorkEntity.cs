// Table SlackWork. PartitionKey: TableKeys.For(workId); RowKey: "" — one partition per entry, so
// the accept/start/delete writes of concurrent work spread out. Serves the point operations of
// one piece of work (ETag-guarded) and the take-over job's scan for lapsed leases
// (LeaseExpiresAt le now), which reads the whole table: it only holds work not run yet, a handful
// of rows. The payload may be long (a 40,000-character message), so it is chunked.
using Azure.Data.Tables;
using FeedbackBot.Core.Slack;

namespace FeedbackBot.Storage.TableStorage.Slack;

internal static class SlackWorkEntity
{
    public const string LeaseExpiresAtProperty = "LeaseExpiresAt";

    private const string WorkIdProperty = "WorkId";
    private const string OwnerProperty = "Owner";
    private const string AttemptsProperty = "Attempts";
    private const string AcceptedAtProperty = "AcceptedAt";

    public static string PartitionKey(string workId) => TableKeys.For(workId);

    public static string RowKey => "";

    public static TableEntity Create(SlackWorkEntry entry)
    {
        var entity = new TableEntity(PartitionKey(entry.WorkId), RowKey)
        {
            [WorkIdProperty] = entry.WorkId,
            [OwnerProperty] = entry.Owner,
            [LeaseExpiresAtProperty] = entry.LeaseExpiresAt.ToUniversalTime(),
            [AttemptsProperty] = entry.Attempts,
            [AcceptedAtProperty] = entry.AcceptedAt.ToUniversalTime(),
        };
        ChunkedPayload.Write(entity, entry.Payload);
        return entity;
    }

    public static SlackWorkEntry Read(TableEntity entity) => new(
        entity.GetString(WorkIdProperty),
        ChunkedPayload.Read(entity),
        entity.GetString(OwnerProperty),
        entity.GetDateTimeOffset(LeaseExpiresAtProperty) ?? DateTimeOffset.MinValue,
        entity.GetInt32(AttemptsProperty) ?? 0,
        entity.GetDateTimeOffset(AcceptedAtProperty) ?? DateTimeOffset.MinValue,
        entity.ETag.ToString());
}
