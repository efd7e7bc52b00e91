using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Storage.Sqlite.Schema;

/// <summary>
/// Creates the database file (and its folder), switches it to WAL and brings the schema to the
/// latest version at host start. It runs in <see cref="IHostedLifecycleService.StartingAsync"/>,
/// before any hosted service's StartAsync, so no background job meets a missing table.
/// </summary>
public sealed partial class SqliteSchemaInitializer(SqliteDatabase database, ILogger<SqliteSchemaInitializer> logger)
    : IHostedLifecycleService
{
    /// <summary>
    /// Creates and migrates the database. Safe to run from several processes at once: the version
    /// check and the scripts run in one write transaction.
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(database.FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = await database.OpenCreatingAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // WAL lets readers run beside the single writer; the mode is stored in the file.
            await ExecuteAsync(connection, transaction: null, "PRAGMA journal_mode = WAL;", ct).ConfigureAwait(false);
            var version = await MigrateAsync(connection, ct).ConfigureAwait(false);
            LogSchemaReady(database.FilePath, version);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        // BEGIN IMMEDIATE takes the write lock before reading the version, so two processes
        // starting together run each script once.
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            var current = await ReadVersionAsync(transaction, ct).ConfigureAwait(false);
            if (current > SqliteMigrations.LatestVersion)
            {
                throw new InvalidOperationException(
                    $"The database schema is at version {current}, newer than this build knows ({SqliteMigrations.LatestVersion}). Run a newer build.");
            }

            for (var version = current + 1; version <= SqliteMigrations.LatestVersion; version++)
            {
                await ExecuteAsync(connection, transaction, SqliteMigrations.Scripts[version - 1], ct).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)};", ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return SqliteMigrations.LatestVersion;
        }
    }

    private static async Task<int> ReadVersionAsync(SqliteTransaction transaction, CancellationToken ct)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var result = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite store {Path} ready at schema version {Version}")]
    private partial void LogSchemaReady(string path, int version);
}
