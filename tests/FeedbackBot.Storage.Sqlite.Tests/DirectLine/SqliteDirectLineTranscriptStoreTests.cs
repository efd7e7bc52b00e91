using FeedbackBot.Core.DirectLine;
using FeedbackBot.Storage.Contracts.DirectLine;
using FeedbackBot.Storage.Sqlite.DirectLine;

namespace FeedbackBot.Storage.Sqlite.Tests.DirectLine;

public sealed class SqliteDirectLineTranscriptStoreTests : DirectLineTranscriptStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IDirectLineTranscriptStore> CreateStoreAsync() =>
        new SqliteDirectLineTranscriptStore(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
