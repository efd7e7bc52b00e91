using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.TableStorage;
using FeedbackBot.Storage.TableStorage.Votes;

namespace FeedbackBot.Bench.Summary;

/// <summary>Writes a <see cref="SeedWeek"/> into one store. The measured thing is the read; seeding only has to be right and quick.</summary>
internal interface IWeekSeeder
{
    Task SeedAsync(string tenant, IsoWeek week, int count, CancellationToken ct);
}

/// <summary>Through the stores' own writes, as the bot writes them, 16 at a time (SQLite: about 1,500 votes/s).</summary>
internal sealed class StoreWeekSeeder(IVoteStore votes, IWeeklyAggregateStore aggregates) : IWeekSeeder
{
    public async Task SeedAsync(string tenant, IsoWeek week, int count, CancellationToken ct)
    {
        await Parallel.ForEachAsync(SeedWeek.Votes(tenant, week, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (vote, token) =>
        {
            if (!await votes.TryWriteAsync(vote, null, token))
            {
                throw new InvalidOperationException($"Seeding: vote {vote.InteractionId} already exists.");
            }
        });
        await SeedWeek.WriteAggregatesAsync(aggregates, tenant, week, count, ct);
    }
}

/// <summary>
/// Table Storage: the rows <see cref="TableVoteStore"/> writes (the vote and, for a commented MISS,
/// its MissComments row), but as batch transactions of 100 rows of one partition, 8 batches in
/// flight; one write per aggregate row. Writing 100,000 votes one by one took 24 minutes on Azurite.
/// </summary>
internal sealed class TableWeekSeeder(TableStorageTables tables, IWeeklyAggregateStore aggregates) : IWeekSeeder
{
    private const int BatchSize = 100; // the service's limit per transaction

    public async Task SeedAsync(string tenant, IsoWeek week, int count, CancellationToken ct)
    {
        var votes = SeedWeek.Votes(tenant, week, count).ToList();
        var batches = votes.Select(VoteEntity.Create).Chunk(BatchSize).Select(rows => (tables.Votes, rows))
            .Concat(votes.Where(MissCommentEntity.Indexes).Select(MissCommentEntity.Create).Chunk(BatchSize).Select(rows => (tables.MissComments, rows)));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (batch, token) =>
            await batch.Item1.SubmitTransactionAsync(batch.rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)), token));
        await SeedWeek.WriteAggregatesAsync(aggregates, tenant, week, count, ct);
    }
}
