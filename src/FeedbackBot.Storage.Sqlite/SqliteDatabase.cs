using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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

    // Native handles already given the pragmas. A pooled handle outlives the connection object
    // that opened it, and running the pragmas costs more than a turn's query, so each handle is
    // configured once, on its first open.
    private readonly ConditionalWeakTable<sqlite3, SqliteDatabase> _configuredHandles = [];

    // One writer of this process at a time; see OpenWriterAsync.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

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
        ConnectionString = BuildConnectionString(filePath, SqliteOpenMode.ReadWrite, pooling: true, timeoutSeconds);
        CreatingConnectionString = BuildConnectionString(filePath, SqliteOpenMode.ReadWriteCreate, pooling: false, timeoutSeconds);

        // Per-connection settings. busy_timeout makes SQLite itself wait for a competing writer
        // (another instance or process) instead of surfacing SQLITE_BUSY. synchronous=NORMAL is
        // the WAL setting SQLite recommends (https://www.sqlite.org/pragma.html#pragma_synchronous):
        // commits stay atomic and the file consistent across crashes; only a power loss may roll
        // back the last commits, and it saves an fsync per turn.
        _connectionPragmas =
            $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Opens the existing file: stores never create it, the schema initializer does.</summary>
    internal string ConnectionString { get; }

    /// <summary>Creates the file if missing; used once at start, so not pooled.</summary>
    internal string CreatingConnectionString { get; }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken ct) => await OpenAsync(ConnectionString, ct).ConfigureAwait(false);

    /// <summary>
    /// Opens a connection for one write statement once this process's other writers are done.
    /// SQLite admits one writer at a time and makes the others sleep and retry (1, 2, 5, 10 ms …,
    /// <c>sqliteDefaultBusyCallback</c>); under load those sleeps, not the writes, were what a turn
    /// waited for. Queuing here costs no thread and no sleep. <c>busy_timeout</c> still covers
    /// writers in other processes. Keep the lease only for the statement.
    /// </summary>
    internal async Task<SqliteWriteLease> OpenWriterAsync(CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return new SqliteWriteLease(await OpenAsync(ct).ConfigureAwait(false), _writeGate);
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    internal async Task<SqliteConnection> OpenCreatingAsync(CancellationToken ct) => await OpenAsync(CreatingConnectionString, ct).ConfigureAwait(false);

    public void Dispose()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var handle = connection.Handle!;
            if (!_configuredHandles.TryGetValue(handle, out _))
            {
                using var command = connection.CreateCommand();
                command.CommandText = _connectionPragmas;
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                _configuredHandles.AddOrUpdate(handle, this);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string BuildConnectionString(string filePath, SqliteOpenMode mode, bool pooling, int timeoutSeconds) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = mode,
            Cache = SqliteCacheMode.Private,
            Pooling = pooling,
            DefaultTimeout = timeoutSeconds,
        }.ToString();
}
