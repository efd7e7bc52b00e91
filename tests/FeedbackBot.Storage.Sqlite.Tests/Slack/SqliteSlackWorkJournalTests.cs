using FeedbackBot.Core.Slack;
using FeedbackBot.Storage.Contracts.Slack;
using FeedbackBot.Storage.Sqlite.Slack;

namespace FeedbackBot.Storage.Sqlite.Tests.Slack;

public sealed class SqliteSlackWorkJournalTests : SlackWorkJournalContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<ISlackWorkJournal> CreateStoreAsync() =>
        new SqliteSlackWorkJournal(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
