using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using FeedbackBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// Every row of the bot's store, each as one line of text ("table | column=value | …", columns in
/// a fixed order, every value as stored), so a test can compare two moments row for row and
/// search every stored value for a string. Reads SQLite through its own read-only connection and
/// Table Storage through its own client: never through the bot's ports, whose queries are what
/// is under test.
/// </summary>
internal abstract class StoreRows
{
    public abstract Task<IReadOnlyList<string>> ReadAsync(CancellationToken ct);

    public static StoreRows Sqlite(string databasePath) => new SqliteRows(databasePath);

    public static StoreRows Tables(string connectionString, string tablePrefix) => new TableRows(connectionString, tablePrefix);

    private static string Line(string table, IEnumerable<KeyValuePair<string, string>> columns) =>
        new StringBuilder(table).AppendJoin("", columns.Select(c => $" | {c.Key}={c.Value}")).ToString();

    private sealed class SqliteRows(string databasePath) : StoreRows
    {
        public override async Task<IReadOnlyList<string>> ReadAsync(CancellationToken ct)
        {
            await using var connection = await SqliteTables.OpenReadOnlyAsync(databasePath, ct);
            var tables = await SqliteTables.NamesAsync(connection, ct);
            var rows = new List<string>();
            foreach (var table in tables)
            {
                await using var select = SqliteTables.SelectAll(connection, table);
                await using var reader = await select.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    rows.Add(Line(table, Enumerable.Range(0, reader.FieldCount).Select(i => KeyValuePair.Create(reader.GetName(i), Text(reader.GetValue(i))))));
                }
            }

            rows.Sort(StringComparer.Ordinal);
            return rows;
        }

        private static string Text(object value) => value is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
    }

    private sealed class TableRows(string connectionString, string tablePrefix) : StoreRows
    {
        public override async Task<IReadOnlyList<string>> ReadAsync(CancellationToken ct)
        {
            var service = new TableServiceClient(connectionString);
            var rows = new List<string>();
            await foreach (var table in service.QueryAsync(cancellationToken: ct))
            {
                if (!table.Name.StartsWith(tablePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                // Timestamp and ETag stay in: a row rewritten with the same values is a changed row.
                await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: ct))
                {
                    rows.Add(Line(table.Name, entity.Keys.Order(StringComparer.Ordinal).Select(k => KeyValuePair.Create(k, Text(entity[k])))));
                }
            }

            rows.Sort(StringComparer.Ordinal);
            return rows;
        }

        private static string Text(object? value) => value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            BinaryData data => data.ToString(),
            DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
    }
}
