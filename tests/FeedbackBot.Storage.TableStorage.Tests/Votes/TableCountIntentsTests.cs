using FeedbackBot.Storage.Contracts.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

public sealed class TableCountIntentsTests(AzuriteFixture azurite) : CountIntentsContract
{
    protected override async Task<VoteStores> CreateStoresAsync() => TableVoteStoresTests.Over(await TestTables.CreateAsync(azurite.Server, "CountIntents"));
}
