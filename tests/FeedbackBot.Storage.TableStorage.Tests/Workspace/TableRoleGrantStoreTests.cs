using FeedbackBot.Core.Workspace;
using FeedbackBot.Storage.Contracts.Workspace;
using FeedbackBot.Storage.TableStorage.Workspace;

namespace FeedbackBot.Storage.TableStorage.Tests.Workspace;

public sealed class TableRoleGrantStoreTests(AzuriteFixture azurite) : RoleGrantStoreContract
{
    protected override async Task<IRoleGrantStore> CreateStoreAsync() =>
        new TableRoleGrantStore(await TestTables.CreateAsync(azurite.Server, "RoleGrantStoreContract"));
}
