// Table Leases (shared with Slack event deduplication). PartitionKey: TableKeys.Compose("job", {job});
// RowKey: TableKeys.For({key}). Serves the claim of one unit of a hosted job: insert-if-absent, or
// an ETag-conditional take-over of a lapsed claim that is not done; completion and release are
// ETag-conditional on the row the holder read. ClaimId names the holder.
using Azure.Data.Tables;
using FeedbackBot.Core.Jobs;

namespace FeedbackBot.Storage.TableStorage.Jobs;

internal static class JobLeaseEntity
{
    private const string Source = "job";
    private const string ClaimIdProperty = "ClaimId";
    private const string ExpiresAtProperty = "ExpiresAt";
    private const string DoneProperty = "Done";

    public static string PartitionKey(string job) => TableKeys.Compose(Source, job);

    public static string RowKey(string key) => TableKeys.For(key);

    public static TableEntity Create(JobClaim claim, bool done) =>
        new(PartitionKey(claim.Job), RowKey(claim.Key))
        {
            [ClaimIdProperty] = claim.ClaimId,
            [ExpiresAtProperty] = claim.ExpiresAt,
            [DoneProperty] = done,
        };

    public static string? ClaimId(TableEntity entity) => entity.GetString(ClaimIdProperty);

    public static bool IsDone(TableEntity entity) => entity.GetBoolean(DoneProperty) ?? false;

    public static DateTimeOffset ExpiresAt(TableEntity entity) => entity.GetDateTimeOffset(ExpiresAtProperty) ?? DateTimeOffset.MinValue;
}
