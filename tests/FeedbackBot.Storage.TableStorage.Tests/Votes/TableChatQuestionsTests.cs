using FeedbackBot.Storage.Contracts.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

public sealed class TableChatQuestionsTests(AzuriteFixture azurite) : ChatQuestionsContract
{
    protected override async Task<VoteStores> CreateStoresAsync() => TableVoteStoresTests.Over(await TestTables.CreateAsync(azurite.Server, "ChatQuestions"));
}
