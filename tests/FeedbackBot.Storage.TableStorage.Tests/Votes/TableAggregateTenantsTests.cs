using FeedbackBot.Core.Votes;
using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.TableStorage.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

public sealed class TableAggregateTenantsTests(AzuriteFixture azurite) : AggregateTenantsContract
{
    protected override async Task<IWeeklyAggregateStore> CreateStoreAsync() =>
        new TableWeeklyAggregateStore(await TestTables.CreateAsync(azurite.Server, "AggregateTenants"));
}
