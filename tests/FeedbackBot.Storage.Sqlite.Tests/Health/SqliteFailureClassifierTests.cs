using FeedbackBot.Storage.Sqlite.Health;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Tests.Health;

public sealed class SqliteFailureClassifierTests
{
    private readonly SqliteFailureClassifier _classifier = new();

    [Fact]
    public void IsOutage_DatabaseLockedByAnotherConnection_True()
    {
        var path = Path.Combine(Path.GetTempPath(), $"classify-{Guid.NewGuid():N}.db");
        try
        {
            using var holder = Open(path);
            Execute(holder, "CREATE TABLE t (x INTEGER); BEGIN IMMEDIATE; INSERT INTO t VALUES (1);");
            using var other = Open(path);

            var thrown = Assert.Throws<SqliteException>(() => Execute(other, "INSERT INTO t VALUES (2);", timeoutSeconds: 1));

            Assert.True(_classifier.IsOutage(thrown), thrown.ToString());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(5, true)]     // SQLITE_BUSY
    [InlineData(261, true)]   // SQLITE_BUSY_RECOVERY: extended codes keep the primary code in the low byte
    [InlineData(6, true)]     // SQLITE_LOCKED
    [InlineData(10, true)]    // SQLITE_IOERR
    [InlineData(13, true)]    // SQLITE_FULL
    [InlineData(14, true)]    // SQLITE_CANTOPEN
    [InlineData(19, false)]   // SQLITE_CONSTRAINT: our defect
    [InlineData(1, false)]    // SQLITE_ERROR: a malformed statement
    public void IsOutage_ErrorCode_OnlyThoseARetryCanOutlast(int code, bool outage)
    {
        Assert.Equal(outage, _classifier.IsOutage(new SqliteException("sqlite said so", code)));
    }

    [Fact]
    public void IsOutage_NotASqliteError_False()
    {
        Assert.False(_classifier.IsOutage(new TimeoutException()));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, int timeoutSeconds = 30)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        command.ExecuteNonQuery();
    }
}
