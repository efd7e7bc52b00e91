using FeedbackBot.Core.Jobs;
using FeedbackBot.Storage.Contracts.Jobs;
using FeedbackBot.Storage.Sqlite.Jobs;

namespace FeedbackBot.Storage.Sqlite.Tests.Jobs;

public sealed class SqliteJobLeaseTests : JobLeaseContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<IJobLease> CreateLeaseAsync(TimeProvider time) => new SqliteJobLease(await _database.OpenAsync(), time);

    public void Dispose() => _database.Dispose();
}
