using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite;

/// <summary>A connection that holds this process's write turn (<see cref="SqliteDatabase.OpenWriterAsync"/>) until disposed.</summary>
internal sealed class SqliteWriteLease(SqliteConnection connection, SemaphoreSlim gate) : IAsyncDisposable
{
    public SqliteConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
