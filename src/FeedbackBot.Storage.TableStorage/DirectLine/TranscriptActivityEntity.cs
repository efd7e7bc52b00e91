// Table DirectLine. PartitionKey: TableKeys.For(conversationId); RowKey: "activity-" + the
// watermark as 19 zero-padded digits, so row order is watermark order.
// Serves the poll "activities after watermark w": one single-partition range query
// (RowKey gt activity-{w} and RowKey le activity-{max}), read in key order up to the page size.
// The payload may be split over several properties (ChunkedPayload).
using System.Globalization;
using Azure.Data.Tables;
using FeedbackBot.Core.DirectLine;

namespace FeedbackBot.Storage.TableStorage.DirectLine;

internal static class TranscriptActivityEntity
{
    private const string RowKeyPrefix = "activity-";
    private const string WatermarkProperty = "Watermark";
    private const string AppendIdProperty = "AppendId";

    public static string RowKey(long watermark) =>
        RowKeyPrefix + watermark.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The row keys of every activity after <paramref name="afterWatermark"/>: exclusive lower, inclusive upper bound.</summary>
    public static (string After, string Last) RowKeyRange(long afterWatermark) => (RowKey(afterWatermark), RowKey(long.MaxValue));

    /// <param name="appendId">Unique per append call, so an append can recognise itself after an ambiguous retry.</param>
    public static TableEntity Create(string partitionKey, long watermark, string payload, string appendId)
    {
        var entity = new TableEntity(partitionKey, RowKey(watermark))
        {
            [WatermarkProperty] = watermark,
            [AppendIdProperty] = appendId,
        };
        ChunkedPayload.Write(entity, payload);
        return entity;
    }

    public static TranscriptActivity ToActivity(TableEntity entity) => new(
        entity.GetInt64(WatermarkProperty) ?? throw new InvalidDataException($"Transcript row {entity.RowKey} has no {WatermarkProperty}."),
        ChunkedPayload.Read(entity));

    public static string? AppendId(TableEntity entity) => entity.GetString(AppendIdProperty);
}
