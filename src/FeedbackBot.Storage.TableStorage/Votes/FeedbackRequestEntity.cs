// Table FeedbackRequests. PartitionKey: TableKeys.Compose(tenant, isoWeek); RowKey: TableKeys.For(interactionId).
// Serves the week's list (one partition: response rate, rebuild). The request is JSON in Payload*;
// DueForReminder and CreatedAt are columns for the reminder job's scan (a cross-partition filter,
// run every few minutes by one instance).
//
// Table FeedbackRequestIndex. PartitionKey: TableKeys.For(tenant); RowKey: TableKeys.For(interactionId).
// Points from an interaction id to its week (Week), so "this interaction again" is two point reads;
// its insert-if-absent makes creating a request idempotent. CustomerId and ChannelUserId serve
// "forget me" (one partition, filtered).
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

internal static class FeedbackRequestEntity
{
    public const string DueForReminder = "DueForReminder";
    public const string CreatedAt = "CreatedAt";
    public const string Week = "Week";
    public const string CustomerId = "CustomerId";
    public const string ChannelUserId = "ChannelUserId";
    public const string InteractionId = "InteractionId";

    public static string PartitionKey(string tenant, IsoWeek week) => TableKeys.Compose(tenant, week.ToString());

    public static string IndexPartitionKey(string tenant) => TableKeys.For(tenant);

    public static string RowKey(string interactionId) => TableKeys.For(interactionId);

    public static TableEntity Create(FeedbackRequest request)
    {
        var entity = new TableEntity(PartitionKey(request.Tenant, request.Week), RowKey(request.InteractionId))
        {
            [DueForReminder] = request.Asked && request.RemindedAt is null && request.AnsweredAt is null && request.Customer.Id.Length > 0,
            [CreatedAt] = request.CreatedAt,
        };
        ChunkedPayload.Write(entity, VoteJson.Write(request));
        return entity;
    }

    public static TableEntity CreateIndex(FeedbackRequest request) =>
        new(IndexPartitionKey(request.Tenant), RowKey(request.InteractionId))
        {
            [InteractionId] = request.InteractionId,
            [Week] = request.Week.ToString(),
            [CustomerId] = request.Customer.Id,
            [ChannelUserId] = request.Customer.ChannelUserId,
        };

    public static FeedbackRequest Read(TableEntity entity) => VoteJson.Read<FeedbackRequest>(ChunkedPayload.Read(entity));

    public static IsoWeek? IndexedWeek(TableEntity index) => IsoWeek.TryParse(index.GetString(Week), out var week) ? week : null;
}
