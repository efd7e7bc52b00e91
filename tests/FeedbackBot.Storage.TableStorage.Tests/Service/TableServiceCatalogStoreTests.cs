using FeedbackBot.Core.Service;
using FeedbackBot.Storage.Contracts.Service;
using FeedbackBot.Storage.TableStorage.Service;

namespace FeedbackBot.Storage.TableStorage.Tests.Service;

public sealed class TableServiceCatalogStoreTests(AzuriteFixture azurite) : ServiceCatalogStoreContract
{
    protected override async Task<IServiceCatalogStore> CreateStoreAsync() =>
        new TableServiceCatalogStore(await TestTables.CreateAsync(azurite.Server, "ServiceCatalogStoreContract"));
}
