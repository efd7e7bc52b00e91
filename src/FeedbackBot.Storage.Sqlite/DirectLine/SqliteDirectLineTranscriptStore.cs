using System.Data;
using FeedbackBot.Core.DirectLine;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.DirectLine;

/// <summary>
/// Direct Line conversations and transcripts in <c>directline_conversations</c> and
/// <c>directline_activities</c>. An append bumps the conversation's counter and inserts the
/// activity in one write transaction; SQLite runs write transactions one at a time, so watermarks
/// become visible in increasing order, whichever instance or process appends.
/// </summary>
public sealed class SqliteDirectLineTranscriptStore(SqliteDatabase database) : IDirectLineTranscriptStore
{
    private const string InsertConversationSql =
        """
        INSERT INTO directline_conversations (conversation_id, user_id, started_at)
        VALUES (@conversation_id, @user_id, @started_at)
        ON CONFLICT (conversation_id) DO NOTHING;
        """;

    private const string FindConversationSql =
        "SELECT user_id, started_at FROM directline_conversations WHERE conversation_id = @conversation_id;";

    private const string NextWatermarkSql =
        """
        UPDATE directline_conversations SET last_watermark = last_watermark + 1
        WHERE conversation_id = @conversation_id
        RETURNING last_watermark;
        """;

    private const string InsertActivitySql =
        "INSERT INTO directline_activities (conversation_id, watermark, payload) VALUES (@conversation_id, @watermark, @payload);";

    private const string ReadAfterSql =
        """
        SELECT watermark, payload FROM directline_activities
        WHERE conversation_id = @conversation_id AND watermark > @after
        ORDER BY watermark
        LIMIT @max_count;
        """;

    public async Task<bool> StartConversationAsync(DirectLineConversation conversation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);

        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = CreateCommand(connection, InsertConversationSql, conversation.ConversationId);
            command.Parameters.AddWithValue("@user_id", conversation.UserId);
            command.Parameters.AddWithValue("@started_at", SqliteValues.FromTimestamp(conversation.StartedAt));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }
    }

    public async Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = CreateCommand(connection, FindConversationSql, conversationId);
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    return null;
                }

                return new DirectLineConversation(conversationId, reader.GetString(0), SqliteValues.ToTimestamp(reader.GetString(1)));
            }
        }
    }

    public async Task<long> AppendAsync(string conversationId, string payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // BEGIN IMMEDIATE: take the write lock before reading the counter, so no other writer
            // can number an activity between our counter bump and our insert.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                using var next = CreateCommand(connection, NextWatermarkSql, conversationId);
                next.Transaction = transaction;
                var watermark = await next.ExecuteScalarAsync(ct).ConfigureAwait(false) as long?
                    ?? throw new KeyNotFoundException("The Direct Line conversation was never started.");

                using var insert = CreateCommand(connection, InsertActivitySql, conversationId);
                insert.Transaction = transaction;
                insert.Parameters.AddWithValue("@watermark", watermark);
                insert.Parameters.AddWithValue("@payload", payload);
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);

                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return watermark;
            }
        }
    }

    public async Task<IReadOnlyList<TranscriptActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int maxCount, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterWatermark);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);

        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = CreateCommand(connection, ReadAfterSql, conversationId);
            command.Parameters.AddWithValue("@after", afterWatermark);
            command.Parameters.AddWithValue("@max_count", maxCount);
            var activities = new List<TranscriptActivity>();
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    activities.Add(new TranscriptActivity(reader.GetInt64(0), reader.GetString(1)));
                }
            }

            return activities;
        }
    }

    private static SqliteCommand CreateCommand(SqliteConnection connection, string sql, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@conversation_id", conversationId);
        return command;
    }
}
