// Table Settings. PartitionKey: TableKeys.For(tenant); RowKey: statement|{inverted ticks}|{id}.
// One row per version of the service statement; inverted ticks sort the newest first, so the
// current statement is the first row of a prefix query and the history is a single-partition
// scan. The id keeps two versions set in the same tick apart.
using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Storage.TableStorage.Service;

internal sealed class StatementEntity : ITableEntity
{
    public const string Prefix = "statement";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Text { get; set; } = string.Empty;

    public string ChangedBy { get; set; } = string.Empty;

    public string? ChangedByName { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public static StatementEntity From(string tenant, ServiceStatement statement) => new()
    {
        PartitionKey = SettingsRows.Partition(tenant),
        RowKey = TableKeys.Compose(
            Prefix,
            (DateTimeOffset.MaxValue.UtcTicks - statement.ChangedAt.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture),
            Guid.NewGuid().ToString("N")),
        Text = statement.Text,
        ChangedBy = statement.ChangedBy,
        ChangedByName = statement.ChangedByName,
        ChangedAt = statement.ChangedAt,
    };

    public ServiceStatement ToStatement() => new(Text, ChangedBy, ChangedAt, ChangedByName);
}
