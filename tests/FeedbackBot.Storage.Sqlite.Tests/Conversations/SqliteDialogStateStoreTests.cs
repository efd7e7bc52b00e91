using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.Contracts.Conversations;
using FeedbackBot.Storage.Sqlite.Conversations;

namespace FeedbackBot.Storage.Sqlite.Tests.Conversations;

public sealed class SqliteDialogStateStoreTests : DialogStateStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IDialogStateStore> CreateStoreAsync() => new SqliteDialogStateStore(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
