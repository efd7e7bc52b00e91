using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// Creates the tables at host start, in <see cref="IHostedLifecycleService.StartingAsync"/>, before
/// any hosted service's StartAsync, so no background job meets a missing table. Stores never
/// create tables themselves. A store that cannot be reached at start stops the host.
/// </summary>
public sealed partial class TableStorageInitializer(TableStorageTables tables, ILogger<TableStorageInitializer> logger)
    : IHostedLifecycleService
{
    /// <summary>Creates every missing table; safe to run from several instances at once.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        foreach (var table in tables.All)
        {
            await table.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
        }

        LogTablesReady(tables.All.Count, tables.DialogState.AccountName);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Table Storage: {Count} tables ready in account {Account}")]
    private partial void LogTablesReady(int count, string account);
}
