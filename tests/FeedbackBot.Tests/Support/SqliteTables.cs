using Microsoft.Data.Sqlite;

namespace FeedbackBot.Tests.Support;

/// <summary>
/// Reads a bot's SQLite store behind its back, for tests that compare what is stored before and
/// after: a read-only connection of its own, and every table the schema has, by name.
/// </summary>
internal static class SqliteTables
{
    public static async Task<SqliteConnection> OpenReadOnlyAsync(string databasePath, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }

    public static async Task<IReadOnlyList<string>> NamesAsync(SqliteConnection connection, CancellationToken ct)
    {
        var tables = new List<string>();
        await using var list = connection.CreateCommand();
        list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        await using var reader = await list.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Every row of <paramref name="table"/>; <paramref name="orderBy"/> an ORDER BY clause or empty.</summary>
    public static SqliteCommand SelectAll(SqliteConnection connection, string table, string orderBy = "")
    {
        var select = connection.CreateCommand();

        // Table names come from sqlite_master, not from input; quoting keeps odd names intact.
        select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" {orderBy}";
        return select;
    }
}
