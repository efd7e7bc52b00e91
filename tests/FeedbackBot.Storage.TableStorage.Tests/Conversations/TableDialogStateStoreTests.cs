using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.Contracts.Conversations;
using FeedbackBot.Storage.TableStorage.Conversations;

namespace FeedbackBot.Storage.TableStorage.Tests.Conversations;

public sealed class TableDialogStateStoreTests(AzuriteFixture azurite) : DialogStateStoreContract
{
    protected override async Task<IDialogStateStore> CreateStoreAsync() =>
        new TableDialogStateStore(await TestTables.CreateAsync(azurite.Server, "DialogContract"));
}
