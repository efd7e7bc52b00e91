using FeedbackBot.Core.Decisions;
using FeedbackBot.Storage.Contracts.Decisions;
using FeedbackBot.Storage.Sqlite.Decisions;

namespace FeedbackBot.Storage.Sqlite.Tests.Decisions;

public sealed class SqliteDecisionLogTests : DecisionLogContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IDecisionLog> CreateLogAsync() => new SqliteDecisionLog(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
