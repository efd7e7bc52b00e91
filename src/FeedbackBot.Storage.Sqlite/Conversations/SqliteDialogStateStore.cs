using System.Data;
using FeedbackBot.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Conversations;

/// <summary>
/// Dialog state in the <c>dialog_state</c> table. Every conditional write is a single statement
/// whose WHERE clause names the expected ETag; SQLite runs writers one at a time, so two
/// instances (or processes) on one file can never both succeed from the same version.
/// </summary>
public sealed class SqliteDialogStateStore(SqliteDatabase database) : IDialogStateStore
{
    private const string SelectSql =
        "SELECT payload, etag, updated_at FROM dialog_state WHERE channel = @channel AND conversation_id = @conversation_id;";

    private const string InsertIfAbsentSql =
        """
        INSERT INTO dialog_state (channel, conversation_id, payload, etag, updated_at)
        VALUES (@channel, @conversation_id, @payload, @etag, @updated_at)
        ON CONFLICT (channel, conversation_id) DO NOTHING;
        """;

    private const string UpdateIfCurrentSql =
        """
        UPDATE dialog_state SET payload = @payload, etag = @etag, updated_at = @updated_at
        WHERE channel = @channel AND conversation_id = @conversation_id AND etag = @expected_etag;
        """;

    private const string DeleteIfCurrentSql =
        "DELETE FROM dialog_state WHERE channel = @channel AND conversation_id = @conversation_id AND etag = @expected_etag;";

    public async Task<StoredDialogState?> ReadAsync(ConversationKey key, CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = CreateKeyedCommand(connection, SelectSql, key);
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    return null;
                }

                return new StoredDialogState(
                    Payload: reader.GetString(0),
                    ETag: reader.GetString(1),
                    UpdatedAt: SqliteValues.ToTimestamp(reader.GetString(2)));
            }
        }
    }

    public async Task<StateWriteResult> WriteAsync(
        ConversationKey key, string payload, string? expectedETag, DateTimeOffset updatedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var newETag = NewETag();
        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var command = CreateKeyedCommand(writer.Connection, expectedETag is null ? InsertIfAbsentSql : UpdateIfCurrentSql, key);
            command.Parameters.AddWithValue("@payload", payload);
            command.Parameters.AddWithValue("@etag", newETag);
            command.Parameters.AddWithValue("@updated_at", SqliteValues.FromTimestamp(updatedAt));
            if (expectedETag is not null)
            {
                command.Parameters.AddWithValue("@expected_etag", expectedETag);
            }

            var rows = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return rows == 1 ? StateWriteResult.SavedAs(newETag) : StateWriteResult.Conflict;
        }
    }

    public async Task<bool> DeleteAsync(ConversationKey key, string expectedETag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(expectedETag);

        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var command = CreateKeyedCommand(writer.Connection, DeleteIfCurrentSql, key);
            command.Parameters.AddWithValue("@expected_etag", expectedETag);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }
    }

    // A random token rather than a version counter: after a delete and a fresh insert a counter
    // would start again at 1, and a writer still holding the old "1" could overwrite the new state.
    private static string NewETag() => Guid.NewGuid().ToString("N");

    private static SqliteCommand CreateKeyedCommand(SqliteConnection connection, string sql, ConversationKey key)
    {
        ArgumentNullException.ThrowIfNull(key.Channel, nameof(key));
        ArgumentNullException.ThrowIfNull(key.ConversationId, nameof(key));

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@channel", key.Channel);
        command.Parameters.AddWithValue("@conversation_id", key.ConversationId);
        return command;
    }
}
