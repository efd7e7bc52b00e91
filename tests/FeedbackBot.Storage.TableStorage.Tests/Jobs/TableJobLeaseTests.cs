using FeedbackBot.Core.Jobs;
using FeedbackBot.Storage.Contracts.Jobs;
using FeedbackBot.Storage.TableStorage.Jobs;

namespace FeedbackBot.Storage.TableStorage.Tests.Jobs;

public sealed class TableJobLeaseTests(AzuriteFixture azurite) : JobLeaseContract
{
    protected override async Task<IJobLease> CreateLeaseAsync(TimeProvider time) =>
        new TableJobLease(await TestTables.CreateAsync(azurite.Server, "JobLeaseContract"), time);
}
