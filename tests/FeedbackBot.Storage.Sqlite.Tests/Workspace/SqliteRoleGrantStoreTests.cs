using FeedbackBot.Core.Workspace;
using FeedbackBot.Storage.Contracts.Workspace;
using FeedbackBot.Storage.Sqlite.Workspace;

namespace FeedbackBot.Storage.Sqlite.Tests.Workspace;

public sealed class SqliteRoleGrantStoreTests : RoleGrantStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IRoleGrantStore> CreateStoreAsync() =>
        new SqliteRoleGrantStore(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
