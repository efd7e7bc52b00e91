// Table Leases (shared by once-only jobs and deduplication). PartitionKey: TableKeys.Compose("slack-event",
// {event date yyyy-MM-dd, UTC, from Slack's event_time}); RowKey: TableKeys.Compose(teamId, eventId).
// Serves the insert-if-absent claim of one Slack event: the first insert wins, every retry meets 409.
// The date comes from event_time, which every retry repeats, so a retry after midnight lands in the
// same partition; a day's claims can be dropped as one partition. ClaimId tells our own insert apart
// when the SDK retries an insert whose first attempt the service had already applied.
using System.Globalization;
using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage.Slack;

internal static class SlackEventClaimEntity
{
    private const string Source = "slack-event";
    private const string TeamIdProperty = "TeamId";
    private const string EventIdProperty = "EventId";
    private const string ClaimedAtProperty = "ClaimedAt";
    private const string ClaimIdProperty = "ClaimId";

    public static string PartitionKey(DateTimeOffset eventTime) =>
        TableKeys.Compose(Source, eventTime.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string RowKey(string teamId, string eventId) => TableKeys.Compose(teamId, eventId);

    public static TableEntity Create(string teamId, string eventId, DateTimeOffset eventTime, DateTimeOffset claimedAt, string claimId) =>
        new(PartitionKey(eventTime), RowKey(teamId, eventId))
        {
            [TeamIdProperty] = teamId,
            [EventIdProperty] = eventId,
            [ClaimedAtProperty] = claimedAt,
            [ClaimIdProperty] = claimId,
        };

    public static string? ClaimId(TableEntity entity) => entity.GetString(ClaimIdProperty);
}
