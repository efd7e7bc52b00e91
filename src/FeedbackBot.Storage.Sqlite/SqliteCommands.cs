using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite;

/// <summary>The open-command-read loop the simpler stores share.</summary>
internal static class SqliteCommands
{
    /// <summary>Runs a query on a fresh read connection and maps every row.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        SqliteDatabase database, string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            var rows = new List<T>();
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }
            }

            return rows;
        }
    }

    /// <summary>Runs one write statement holding the process's write turn; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(SqliteDatabase database, string sql, Action<SqliteParameterCollection> bind, CancellationToken ct)
    {
        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var command = writer.Connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public static string? GetNullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
