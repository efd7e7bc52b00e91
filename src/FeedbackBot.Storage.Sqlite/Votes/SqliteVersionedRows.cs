using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Votes;

/// <summary>
/// The conditional write shared by the votes and aggregates tables (rows of key columns, a JSON
/// payload and a version): insert only if absent, or replace only at the version read.
/// </summary>
internal static class SqliteVersionedRows
{
    /// <param name="insertSql">An INSERT ... ON CONFLICT DO NOTHING with version 1.</param>
    /// <param name="updateSql">An UPDATE ... SET version = version + 1 WHERE key AND version = @version.</param>
    public static async Task<bool> TryWriteAsync(
        SqliteDatabase database, string insertSql, string updateSql, Action<SqliteParameterCollection> bind, string? expectedVersion, CancellationToken ct)
    {
        if (expectedVersion is null)
        {
            return await SqliteCommands.ExecuteAsync(database, insertSql, bind, ct).ConfigureAwait(false) == 1;
        }

        if (!long.TryParse(expectedVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        return await SqliteCommands.ExecuteAsync(database, updateSql, p =>
        {
            bind(p);
            p.AddWithValue("@version", version);
        }, ct).ConfigureAwait(false) == 1;
    }

    public static string Version(SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal).ToString(CultureInfo.InvariantCulture);
}
