using FeedbackBot.Core.Votes;
using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.Sqlite.Votes;

namespace FeedbackBot.Storage.Sqlite.Tests.Votes;

public sealed class SqliteLatestMissCommentsTests : LatestMissCommentsContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IVoteStore> CreateStoreAsync() => new SqliteVoteStore(await _database.OpenAsync());

    [Fact]
    public async Task LatestMissCommentsQuery_Plan_UsesThePartialIndex()
    {
        var database = await _database.OpenAsync();
        var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var _ = connection;
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            EXPLAIN QUERY PLAN SELECT payload FROM votes
            WHERE tenant = 'a' AND week = '2026-W47'
              AND json_extract(payload, '$.verdict') = 'Miss' AND json_extract(payload, '$.comment') <> ''
              AND (NULL IS NULL OR json_extract(payload, '$.team') = NULL)
            ORDER BY julianday(json_extract(payload, '$.votedAt')) DESC
            LIMIT 5;
            """;

        var plan = new List<string>();
        using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, line => line.Contains("votes_latest_miss_comments", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    public void Dispose() => _database.Dispose();
}
