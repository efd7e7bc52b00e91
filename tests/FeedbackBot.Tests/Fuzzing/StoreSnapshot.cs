using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Tests.Support;
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
        await using var connection = await SqliteTables.OpenReadOnlyAsync(databasePath, ct);
        var tables = await SqliteTables.NamesAsync(connection, ct);

        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            snapshot[table] = await DigestAsync(connection, table, ct);
        }

        return snapshot;
    }

    private static async Task<string> DigestAsync(SqliteConnection connection, string table, CancellationToken ct)
    {
        await using var select = SqliteTables.SelectAll(connection, table, "ORDER BY 1");
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
