using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Every table of a SQLite store as (rows, hash of every value), so a test can show that refused
/// input wrote nothing: not a row, not a changed column.
/// </summary>
internal static class StoreSnapshot
{
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string databasePath, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            snapshot[table] = await DigestAsync(connection, table, ct);
        }

        return snapshot;
    }

    private static async Task<string> DigestAsync(SqliteConnection connection, string table, CancellationToken ct)
    {
        await using var select = connection.CreateCommand();

        // Table names come from sqlite_master, not from input; quoting keeps odd names intact.
        select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ORDER BY 1";
        await using var reader = await select.ExecuteReaderAsync(ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (await reader.ReadAsync(ct))
        {
            rows++;
            for (var column = 0; column < reader.FieldCount; column++)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) + "\u001F"));
            }
        }

        return $"{rows} rows, {Convert.ToHexString(hash.GetHashAndReset())[..16]}";
    }
}
