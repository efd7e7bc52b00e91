using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// The tables the stores use, all from the one <see cref="TableServiceClient"/> and named with the
/// configured prefix. Creating a <see cref="TableClient"/> does no I/O; the tables themselves are
/// created by <see cref="TableStorageInitializer"/> at start.
/// </summary>
public sealed class TableStorageTables
{
    public TableStorageTables(TableServiceClient service, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tablePrefix);

        DialogState = service.GetTableClient(tablePrefix + "DialogState");
        ConversationReferences = service.GetTableClient(tablePrefix + "ConversationReferences");
        DirectLine = service.GetTableClient(tablePrefix + "DirectLine");
        Leases = service.GetTableClient(tablePrefix + "Leases");
        Decisions = service.GetTableClient(tablePrefix + "Decisions");
        All = [DialogState, ConversationReferences, DirectLine, Leases, Decisions];
    }

    public TableClient DialogState { get; }

    public TableClient ConversationReferences { get; }

    public TableClient DirectLine { get; }

    /// <summary>Once-only claims: Slack event deduplication and hosted job leases.</summary>
    public TableClient Leases { get; }

    /// <summary>Decision-check records, newest first per tenant.</summary>
    public TableClient Decisions { get; }

    /// <summary>Every table, for the initializer.</summary>
    public IReadOnlyList<TableClient> All { get; }
}
