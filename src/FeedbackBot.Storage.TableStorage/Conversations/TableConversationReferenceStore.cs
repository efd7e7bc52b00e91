using Azure.Data.Tables;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Storage.TableStorage.Conversations;

/// <summary>
/// Conversation references in the ConversationReferences table, one row per (tenant, user); see
/// <see cref="ConversationReferenceEntity"/>.
/// </summary>
public sealed class TableConversationReferenceStore(TableStorageTables tables) : IConversationReferenceStore
{
    /// <summary>The service's own page limit; the SDK follows continuation tokens from page to page.</summary>
    private const int PageSize = 1_000;

    private TableClient Table => tables.ConversationReferences;

    public async Task UpsertAsync(ConversationReference reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);

        // Replace, not merge: a field the new reference lacks must not survive from the old one.
        await Table.UpsertEntityAsync(ConversationReferenceEntity.From(reference), TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> FindAsync(string tenant, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(userId);

        var found = await Table.GetEntityIfExistsAsync<ConversationReferenceEntity>(
            ConversationReferenceEntity.PartitionKeyFor(tenant), ConversationReferenceEntity.RowKeyFor(userId), cancellationToken: ct)
            .ConfigureAwait(false);
        return found.HasValue ? found.Value!.ToReference() : null;
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(string tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);

        // CreateQueryFilter quotes and escapes the value: a tenant id cannot widen the query.
        var partitionKey = ConversationReferenceEntity.PartitionKeyFor(tenant);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var references = new List<ConversationReference>();
        await foreach (var entity in Table.QueryAsync<ConversationReferenceEntity>(filter, PageSize, cancellationToken: ct).ConfigureAwait(false))
        {
            references.Add(entity.ToReference());
        }

        return references;
    }
}
