using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.TableStorage.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

public sealed class TableVoteStoresTests(AzuriteFixture azurite) : VoteStoresContract
{
    protected override async Task<VoteStores> CreateStoresAsync()
    {
        var tables = await TestTables.CreateAsync(azurite.Server, "VotesContract");
        return new VoteStores(
            new TableFeedbackRequestStore(tables),
            new TableVoteStore(tables),
            new TableWeeklyAggregateStore(tables),
            new TableCustomerPreferenceStore(tables));
    }
}
