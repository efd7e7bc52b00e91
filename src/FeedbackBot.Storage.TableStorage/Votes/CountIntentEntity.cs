// Count intents live in the WeeklyAggregates table, in the partition of the aggregate they change,
// so applying one (aggregate replaced If-Match, intent deleted If-Match) is one entity-group
// transaction. PartitionKey: TableKeys.For(tenant); RowKey: TableKeys.Compose("~intent", isoWeek,
// changeId). "~" sorts after the digits the week rows start with, so a week-range query of a
// partition and the RowKey-equals-week scan of ListTenantsAsync never meet an intent (their readers
// skip "~" rows all the same). CreatedAt serves the repair job's cross-partition scan; Kind and
// InteractionId are plain columns for people reading the table; the intent is JSON in Payload*.
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

internal static class CountIntentEntity
{
    public const string CreatedAt = "CreatedAt";

    /// <summary>What every intent's RowKey starts with.</summary>
    public const string RowKeyPrefix = "~intent|";

    /// <summary>Just past every intent's RowKey ('}' follows '|').</summary>
    public const string RowKeyEnd = "~intent}";

    public static string RowKey(IsoWeek week, string changeId) => TableKeys.Compose("~intent", week.ToString(), changeId);

    /// <summary>Whether a row of the WeeklyAggregates table is an intent rather than a week's aggregate.</summary>
    public static bool IsIntent(TableEntity entity) => entity.RowKey.StartsWith('~');

    public static TableEntity Create(CountIntent intent)
    {
        var entity = new TableEntity(WeeklyAggregateEntity.PartitionKey(intent.Tenant), RowKey(intent.Week, intent.ChangeId))
        {
            [CreatedAt] = intent.CreatedAt,
            ["Kind"] = intent.Kind.ToString(),
            ["InteractionId"] = intent.InteractionId,
        };
        ChunkedPayload.Write(entity, VoteJson.Write(intent));
        return entity;
    }

    public static CountIntent Read(TableEntity entity) => VoteJson.Read<CountIntent>(ChunkedPayload.Read(entity));
}
