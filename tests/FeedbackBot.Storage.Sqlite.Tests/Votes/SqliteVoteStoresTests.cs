using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.Sqlite.Votes;

namespace FeedbackBot.Storage.Sqlite.Tests.Votes;

public sealed class SqliteVoteStoresTests : VoteStoresContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<VoteStores> CreateStoresAsync()
    {
        var database = await _database.OpenAsync();
        return new VoteStores(
            new SqliteFeedbackRequestStore(database),
            new SqliteVoteStore(database),
            new SqliteWeeklyAggregateStore(database),
            new SqliteCustomerPreferenceStore(database));
    }

    public void Dispose() => _database.Dispose();
}
