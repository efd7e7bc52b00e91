using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.Sqlite.Votes;

namespace FeedbackBot.Storage.Sqlite.Tests.Votes;

public sealed class SqliteVoteStoresTests : VoteStoresContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    /// <summary>The votes feature's stores over one database, as one instance of the bot has them.</summary>
    internal static VoteStores Over(SqliteDatabase database) => new(
        new SqliteFeedbackRequestStore(database),
        new SqliteVoteStore(database),
        new SqliteWeeklyAggregateStore(database),
        new SqliteCustomerPreferenceStore(database),
        new SqliteCountIntentStore(database));

    protected override async Task<VoteStores> CreateStoresAsync() => Over(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
