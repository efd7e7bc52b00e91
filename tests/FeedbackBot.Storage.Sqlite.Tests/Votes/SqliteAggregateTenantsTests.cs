using FeedbackBot.Core.Votes;
using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.Sqlite.Votes;

namespace FeedbackBot.Storage.Sqlite.Tests.Votes;

public sealed class SqliteAggregateTenantsTests : AggregateTenantsContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IWeeklyAggregateStore> CreateStoreAsync() => new SqliteWeeklyAggregateStore(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
