using FeedbackBot.Core.Health;

namespace FeedbackBot.Storage.Sqlite.Health;

/// <summary>Readiness: the database file opens and answers a trivial query. Failures throw with SQLite's reason.</summary>
public sealed class SqliteHealthProbe(SqliteDatabase database) : IStoreHealthProbe
{
    public async Task<bool> IsReachableAsync(CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            return Equals(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), 1L);
        }
    }
}
