// Table WeeklyAggregates. PartitionKey: TableKeys.For(tenant); RowKey: the ISO week "2026-W47" (sorts in
// time order, so a trend is one partition range query). Counters change with ETag If-Match only, so
// two instances counting into one week never overwrite each other. The aggregate is JSON in Payload*
// (per-agent maps can outgrow one property); Hits, Misses and Requests are plain columns for readers.
// The same table holds the count intents of each tenant's partition (CountIntentEntity).
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

internal static class WeeklyAggregateEntity
{
    public static string PartitionKey(string tenant) => TableKeys.For(tenant);

    public static string RowKey(IsoWeek week) => TableKeys.For(week.ToString());

    public static TableEntity Create(WeeklyAggregate aggregate)
    {
        var entity = new TableEntity(PartitionKey(aggregate.Tenant), RowKey(aggregate.Week))
        {
            ["Hits"] = aggregate.Hits,
            ["Misses"] = aggregate.Misses,
            ["Requests"] = aggregate.Requests,
        };
        ChunkedPayload.Write(entity, VoteJson.Write(aggregate));
        return entity;
    }

    public static WeeklyAggregate Read(TableEntity entity) => VoteJson.Read<WeeklyAggregate>(ChunkedPayload.Read(entity));
}
