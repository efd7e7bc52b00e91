using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite;

/// <summary>
/// One SQLite database file shared by every SQLite store. Each operation opens its own
/// connection: Microsoft.Data.Sqlite pools the native handles, so an open is cheap, and no
/// connection is ever shared between threads. Disposing releases the pooled handles (and with
/// them the file).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionPragmas;

    /// <param name="filePath">The database file, as an absolute path.</param>
    /// <param name="busyTimeout">How long a statement waits for another writer's lock.</param>
    public SqliteDatabase(string filePath, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        if (!Path.IsPathFullyQualified(filePath))
        {
            throw new ArgumentException("The database path must be absolute; resolve it against the content root first.", nameof(filePath));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(busyTimeout, TimeSpan.FromMilliseconds(1));

        FilePath = filePath;
        var timeoutSeconds = (int)Math.Ceiling(busyTimeout.TotalSeconds);
        ConnectionString = BuildConnectionString(filePath, SqliteOpenMode.ReadWrite, timeoutSeconds);
        CreatingConnectionString = BuildConnectionString(filePath, SqliteOpenMode.ReadWriteCreate, timeoutSeconds);

        // Per-connection settings, applied on every open because a pooled handle may be new.
        // busy_timeout makes SQLite itself wait for a competing writer (another instance or
        // process) instead of surfacing SQLITE_BUSY. synchronous=NORMAL is the WAL setting SQLite
        // recommends: commits stay atomic and the file consistent across crashes; only a power
        // loss may roll back the last commits, and it saves an fsync per turn.
        _connectionPragmas =
            $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Opens the existing file: stores never create it, the schema initializer does.</summary>
    internal string ConnectionString { get; }

    internal string CreatingConnectionString { get; }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken ct) => await OpenAsync(ConnectionString, ct).ConfigureAwait(false);

    internal async Task<SqliteConnection> OpenCreatingAsync(CancellationToken ct) => await OpenAsync(CreatingConnectionString, ct).ConfigureAwait(false);

    public void Dispose()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
        using var creating = new SqliteConnection(CreatingConnectionString);
        SqliteConnection.ClearPool(creating);
    }

    private async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = _connectionPragmas;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string BuildConnectionString(string filePath, SqliteOpenMode mode, int timeoutSeconds) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = mode,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = timeoutSeconds,
        }.ToString();
}
