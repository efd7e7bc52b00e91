// Table Settings. PartitionKey: TableKeys.For(tenant); RowKey: settings (the tenant's single-value
// settings row). This feature owns the ServiceElements property (the element list as JSON) and
// writes it with a merge, so other features' properties on the row survive; the row's ETag is the
// list's version for compare-and-swap.
using Azure;
using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage.Service;

internal sealed class ElementsEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? ServiceElements { get; set; }
}
