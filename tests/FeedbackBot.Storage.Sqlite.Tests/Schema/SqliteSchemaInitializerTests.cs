using System.Globalization;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.Sqlite.Conversations;
using FeedbackBot.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Tests.Schema;

public sealed class SqliteSchemaInitializerTests : IDisposable
{
    private readonly TemporaryDatabase _temporary = new(Path.Combine("nested", "folder", "feedbackbot.db"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_FileAndFolderMissing_CreatesBoth()
    {
        var database = _temporary.Open();

        await TemporaryDatabase.InitializerFor(database).InitializeAsync(Ct);

        Assert.True(File.Exists(_temporary.FilePath));
    }

    [Fact]
    public async Task InitializeAsync_NewFile_TurnsOnWalJournalMode()
    {
        var database = _temporary.Open();

        await TemporaryDatabase.InitializerFor(database).InitializeAsync(Ct);
        var mode = await QueryFileAsync("PRAGMA journal_mode;");

        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task InitializeAsync_NewFile_RecordsLatestSchemaVersion()
    {
        var database = _temporary.Open();

        await TemporaryDatabase.InitializerFor(database).InitializeAsync(Ct);
        var version = await QueryFileAsync("PRAGMA user_version;");

        Assert.Equal(SqliteMigrations.LatestVersion.ToString(CultureInfo.InvariantCulture), version);
    }

    [Fact]
    public async Task InitializeAsync_RunAgainOnExistingFile_KeepsData()
    {
        var database = await _temporary.OpenAsync();
        var store = new SqliteDialogStateStore(database);
        var key = new ConversationKey("test", "conversation");
        var written = await store.WriteAsync(key, "kept", expectedETag: null, DateTimeOffset.UnixEpoch, Ct);

        await TemporaryDatabase.InitializerFor(database).InitializeAsync(Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(new StoredDialogState("kept", written.ETag!, DateTimeOffset.UnixEpoch), state);
    }

    [Fact]
    public async Task InitializeAsync_SeveralInstancesStartingTogether_AllSucceedOnOneSchema()
    {
        var initializers = Enumerable.Range(0, 6).Select(_ => TemporaryDatabase.InitializerFor(_temporary.Open())).ToList();

        await Task.WhenAll(initializers.Select(initializer => Task.Run(() => initializer.InitializeAsync(Ct), Ct)));
        var version = await QueryFileAsync("PRAGMA user_version;");

        Assert.Equal(SqliteMigrations.LatestVersion.ToString(CultureInfo.InvariantCulture), version);
    }

    [Fact]
    public async Task InitializeAsync_SchemaNewerThanThisBuild_RefusesToStart()
    {
        await _temporary.OpenAsync();
        await QueryFileAsync($"PRAGMA user_version = {SqliteMigrations.LatestVersion + 1};");

        var start = () => TemporaryDatabase.InitializerFor(_temporary.Open()).InitializeAsync(Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(start);
    }

    public void Dispose() => _temporary.Dispose();

    // Looks at the file from outside the stores, without the pool, as the sqlite3 shell would.
    private async Task<string?> QueryFileAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_temporary.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }
}
