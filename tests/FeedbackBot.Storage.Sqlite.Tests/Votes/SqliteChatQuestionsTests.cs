using FeedbackBot.Storage.Contracts.Votes;

namespace FeedbackBot.Storage.Sqlite.Tests.Votes;

public sealed class SqliteChatQuestionsTests : ChatQuestionsContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<VoteStores> CreateStoresAsync() => SqliteVoteStoresTests.Over(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
