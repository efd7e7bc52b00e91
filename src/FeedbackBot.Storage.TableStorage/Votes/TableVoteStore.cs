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

    /// <remarks>
    /// Table Storage cannot sort, so the server returns the week's MISSes with a comment (one
    /// partition, filtered there) and the newest are kept here; the other votes of the week are
    /// never transferred.
    /// </remarks>
    public async Task<IReadOnlyList<Vote>> ListLatestMissCommentsAsync(string tenant, IsoWeek week, string? team, int max, CancellationToken ct)
    {
        var partition = VoteEntity.PartitionKey(tenant, week);
        var miss = nameof(Verdict.Miss);
        var filter = team is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Verdict eq {miss} and HasComment eq true")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Verdict eq {miss} and HasComment eq true and Team eq {team}");
        var newest = new PriorityQueue<Vote, DateTimeOffset>();
        await foreach (var entity in tables.Votes.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            var vote = VoteEntity.Read(entity);
            newest.Enqueue(vote, vote.VotedAt);
            if (newest.Count > max)
            {
                newest.Dequeue(); // the oldest of those kept
            }
        }

        var result = new List<Vote>(newest.Count);
        while (newest.Count > 0)
        {
            result.Add(newest.Dequeue());
        }

        result.Reverse();
        return result;
    }
}
