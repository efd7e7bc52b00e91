using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.Contracts.Conversations;
using FeedbackBot.Storage.TableStorage.Conversations;

namespace FeedbackBot.Storage.TableStorage.Tests.Conversations;

public sealed class TableConversationReferenceStoreTests(AzuriteFixture azurite) : ConversationReferenceStoreContract
{
    protected override async Task<IConversationReferenceStore> CreateStoreAsync() =>
        new TableConversationReferenceStore(await TestTables.CreateAsync(azurite.Server, "ReferenceContract"));
}
