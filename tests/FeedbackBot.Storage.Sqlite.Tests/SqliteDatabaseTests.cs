using System.Globalization;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.Sqlite.Conversations;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TemporaryDatabase _temporary = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Constructor_RelativePath_Throws()
    {
        var create = () => new SqliteDatabase(Path.Combine("data", "feedbackbot.db"), TimeSpan.FromSeconds(5));

        Assert.Throws<ArgumentException>(create);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task OpenAsync_NewOrPooledHandle_HasForeignKeysAndBusyTimeoutOn(int opens)
    {
        using var database = await _temporary.OpenAsync();
        for (var i = 1; i < opens; i++)
        {
            await (await database.OpenAsync(Ct)).DisposeAsync();
        }

        await using var connection = await database.OpenAsync(Ct);
        var foreignKeys = await ScalarAsync(connection, "PRAGMA foreign_keys;");
        var busyTimeout = await ScalarAsync(connection, "PRAGMA busy_timeout;");

        Assert.Equal(1L, foreignKeys);
        Assert.Equal((long)TemporaryDatabase.BusyTimeout.TotalMilliseconds, busyTimeout);
    }

    [Fact]
    public async Task Store_FileNotInitialized_ThrowsAndCreatesNoFile()
    {
        var store = new SqliteDialogStateStore(_temporary.Open());

        var read = () => store.ReadAsync(new ConversationKey("test", "conversation"), Ct);

        await Assert.ThrowsAsync<SqliteException>(read);
        Assert.False(File.Exists(_temporary.FilePath));
    }

    [Fact]
    public async Task Store_AfterDatabaseClosedAndReopened_KeepsState()
    {
        var key = new ConversationKey("test", "conversation");
        StateWriteResult written;
        using (var first = await _temporary.OpenAsync())
        {
            written = await new SqliteDialogStateStore(first).WriteAsync(key, "survives", expectedETag: null, DateTimeOffset.UnixEpoch, Ct);
        }

        using var reopened = await _temporary.OpenAsync();
        var state = await new SqliteDialogStateStore(reopened).ReadAsync(key, Ct);

        Assert.Equal(new StoredDialogState("survives", written.ETag!, DateTimeOffset.UnixEpoch), state);
    }

    [Fact]
    public async Task WriteAsync_WhileAnotherConnectionHoldsTheWriteLock_WaitsInsteadOfFailing()
    {
        var store = new SqliteDialogStateStore(await _temporary.OpenAsync());
        var key = new ConversationKey("test", "conversation");
        await using var other = new SqliteConnection($"Data Source={_temporary.FilePath};Pooling=False");
        await other.OpenAsync(Ct);
        var lockHolder = other.BeginTransaction(deferred: false);

        // Task.Run: Microsoft.Data.Sqlite's async methods run synchronously, so the waiting write
        // would otherwise block this test before it can release the lock.
        var write = Task.Run(() => store.WriteAsync(key, "after the lock", expectedETag: null, DateTimeOffset.UnixEpoch, Ct), Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
        await lockHolder.CommitAsync(Ct);
        var result = await write;

        Assert.True(result.Saved);
    }

    [Fact]
    public async Task WriteAsync_TwoDatabaseInstancesWithSeparatePools_LoseNoIncrement()
    {
        // Distinct busy timeouts give distinct connection strings and so distinct pools: the two
        // instances share nothing in-process but the file, like two processes.
        using var first = await _temporary.OpenAsync();
        using var second = new SqliteDatabase(_temporary.FilePath, TimeSpan.FromSeconds(29));
        var stores = new[] { new SqliteDialogStateStore(first), new SqliteDialogStateStore(second) };
        var key = new ConversationKey("test", "counter");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => IncrementAsync(stores[i % 2], key, times: 50), Ct)));
        var state = await stores[0].ReadAsync(key, Ct);

        Assert.Equal("400", state?.Payload);
    }

    public void Dispose() => _temporary.Dispose();

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    private static async Task IncrementAsync(SqliteDialogStateStore store, ConversationKey key, int times)
    {
        for (var done = 0; done < times;)
        {
            var current = await store.ReadAsync(key, Ct);
            var next = (current is null ? 0 : int.Parse(current.Payload, CultureInfo.InvariantCulture)) + 1;
            var result = await store.WriteAsync(key, next.ToString(CultureInfo.InvariantCulture), current?.ETag, DateTimeOffset.UnixEpoch, Ct);
            if (result.Saved)
            {
                done++;
            }
        }
    }
}
