using FeedbackBot.Core.Slack;
using FeedbackBot.Storage.Contracts.Slack;
using FeedbackBot.Storage.Sqlite.Slack;

namespace FeedbackBot.Storage.Sqlite.Tests.Slack;

public sealed class SqliteSlackEventDedupeTests : SlackEventDedupeStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<ISlackEventDedupe> CreateStoreAsync() =>
        new SqliteSlackEventDedupe(await _database.OpenAsync(), TimeProvider.System);

    public void Dispose() => _database.Dispose();
}
