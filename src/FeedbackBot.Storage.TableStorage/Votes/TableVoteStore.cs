using Azure;
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

    /// <remarks>
    /// Keeps the MissComments rows (see <see cref="MissCommentEntity"/>) with the vote: the new row
    /// goes in before the vote (so a commented MISS never lacks its row), the replaced vote's row
    /// goes after it. A re-vote first reads the stored vote to learn that row, and reports a lost
    /// race at once when the stored vote is no longer <paramref name="expectedVersion"/>.
    /// </remarks>
    public async Task<bool> TryWriteAsync(Vote vote, string? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vote);
        Vote? before = null;
        if (expectedVersion is not null)
        {
            var stored = await FindAsync(vote.Tenant, vote.Week, vote.InteractionId, ct).ConfigureAwait(false);
            if (stored is null || stored.Version != expectedVersion)
            {
                return false;
            }

            before = stored.Value;
        }

        if (MissCommentEntity.Indexes(vote))
        {
            await tables.MissComments.UpsertEntityAsync(MissCommentEntity.Create(vote), TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }

        if (!await ConditionalWrites.TryWriteAsync(tables.Votes, VoteEntity.Create(vote), expectedVersion, ct).ConfigureAwait(false))
        {
            // A row just added for this vote stays behind; the reader skips it (it describes no stored vote).
            return false;
        }

        if (MissCommentEntity.Indexes(before) && !MissCommentEntity.StillDescribes(MissCommentEntity.Create(before!), vote))
        {
            // A missing row answers 404 without throwing: deleting twice is harmless.
            await tables.MissComments.DeleteEntityAsync(VoteEntity.PartitionKey(before!.Tenant, before.Week), MissCommentEntity.RowKey(before), ETag.All, ct).ConfigureAwait(false);
        }

        return true;
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
    /// Reads the week's MissComments rows newest first, a page of <paramref name="max"/> at a time,
    /// and the votes they point at (point reads, at once); a row whose vote has changed since is
    /// skipped. So it reads about <paramref name="max"/> rows however many votes the week holds.
    /// </remarks>
    public async Task<IReadOnlyList<Vote>> ListLatestMissCommentsAsync(string tenant, IsoWeek week, string? team, int max, CancellationToken ct)
    {
        var latest = new List<Vote>();
        if (max <= 0)
        {
            return latest;
        }

        var partition = VoteEntity.PartitionKey(tenant, week);
        var filter = team is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Team eq {team}");
        await foreach (var page in tables.MissComments.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: ct).AsPages().ConfigureAwait(false))
        {
            var rows = page.Values;
            var votes = await Task.WhenAll(rows.Select(row => FindAsync(tenant, week, row.GetString(MissCommentEntity.InteractionId), ct))).ConfigureAwait(false);
            for (var i = 0; i < rows.Count; i++)
            {
                if (votes[i]?.Value is { } vote && MissCommentEntity.StillDescribes(rows[i], vote) && (team is null || vote.Team == team))
                {
                    latest.Add(vote);
                    if (latest.Count == max)
                    {
                        return latest;
                    }
                }
            }
        }

        return latest;
    }
}
