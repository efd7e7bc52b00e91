using FeedbackBot.Core.Votes;
using FeedbackBot.Storage.Contracts.Votes;
using FeedbackBot.Storage.TableStorage.Votes;

namespace FeedbackBot.Storage.TableStorage.Tests.Votes;

public sealed class TableLatestMissCommentsTests(AzuriteFixture azurite) : LatestMissCommentsContract
{
    protected override async Task<IVoteStore> CreateStoreAsync() =>
        new TableVoteStore(await TestTables.CreateAsync(azurite.Server, "MissComments"));
}
