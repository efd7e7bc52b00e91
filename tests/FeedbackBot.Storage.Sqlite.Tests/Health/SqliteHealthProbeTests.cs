using FeedbackBot.Storage.Sqlite.Health;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Tests.Health;

public sealed class SqliteHealthProbeTests : IDisposable
{
    private readonly TemporaryDatabase _temporary = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IsReachableAsync_InitializedFile_ReturnsTrue()
    {
        var probe = new SqliteHealthProbe(await _temporary.OpenAsync());

        var reachable = await probe.IsReachableAsync(Ct);

        Assert.True(reachable);
    }

    [Fact]
    public async Task IsReachableAsync_FileMissing_Throws()
    {
        var probe = new SqliteHealthProbe(_temporary.Open());

        var probing = () => probe.IsReachableAsync(Ct);

        await Assert.ThrowsAsync<SqliteException>(probing);
    }

    public void Dispose() => _temporary.Dispose();
}
