using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.TableStorage.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

public sealed class TableVoteStoresTests(AzuriteFixture azurite) : VoteStoresContract
{
    /// <summary>The votes feature's stores over one set of tables, as one instance of the bot has them.</summary>
    internal static VoteStores Over(TableStorageTables tables) => new(
        new TableFeedbackRequestStore(tables),
        new TableVoteStore(tables),
        new TableWeeklyAggregateStore(tables),
        new TableCustomerPreferenceStore(tables),
        new TableCountIntentStore(tables));

    protected override async Task<VoteStores> CreateStoresAsync() => Over(await TestTables.CreateAsync(azurite.Server, "VotesContract"));
}
