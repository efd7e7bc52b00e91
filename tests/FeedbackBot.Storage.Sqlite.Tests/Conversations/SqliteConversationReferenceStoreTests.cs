using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.Contracts.Conversations;
using FeedbackBot.Storage.Sqlite.Conversations;

namespace FeedbackBot.Storage.Sqlite.Tests.Conversations;

public sealed class SqliteConversationReferenceStoreTests : ConversationReferenceStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IConversationReferenceStore> CreateStoreAsync() =>
        new SqliteConversationReferenceStore(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
