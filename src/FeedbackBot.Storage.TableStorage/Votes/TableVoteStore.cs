using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

/// <summary>Votes in the Votes table (see <see cref="VoteEntity"/>), written with ETag concurrency.</summary>
public sealed class TableVoteStore(TableStorageTables tables) : IVoteStore
{
    public async Task<Versioned<Vote>?> FindAsync(string tenant, IsoWeek week, string interactionId, CancellationToken ct)
    {
        var found = await tables.Votes.GetEntityIfExistsAsync<TableEntity>(
            VoteEntity.PartitionKey(tenant, week), VoteEntity.RowKey(interactionId), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? new Versioned<Vote>(VoteEntity.Read(found.Value!), ConditionalWrites.Version(found.Value!)) : null;
    }

    public Task<bool> TryWriteAsync(Vote vote, string? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return ConditionalWrites.TryWriteAsync(tables.Votes, VoteEntity.Create(vote), expectedVersion, ct);
    }

    public async Task<IReadOnlyList<Vote>> ListAsync(string tenant, IsoWeek week, CancellationToken ct)
    {
        var partition = VoteEntity.PartitionKey(tenant, week);
        var votes = new List<Vote>();
        await foreach (var entity in tables.Votes.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: ct).ConfigureAwait(false))
        {
            votes.Add(VoteEntity.Read(entity));
        }

        return votes;
    }
}
