using FeedbackBot.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Conversations;

/// <summary>Conversation references in the <c>conversation_references</c> table, one row per (tenant, user).</summary>
public sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    private const string Columns =
        "tenant, user_id, channel, conversation_id, user_name, user_aad_object_id, bot_id, bot_name, service_url, conversation_type, locale, updated_at";

    private const string UpsertSql =
        $"""
        INSERT INTO conversation_references ({Columns})
        VALUES (@tenant, @user_id, @channel, @conversation_id, @user_name, @user_aad_object_id, @bot_id, @bot_name, @service_url, @conversation_type, @locale, @updated_at)
        ON CONFLICT (tenant, user_id) DO UPDATE SET
            channel = excluded.channel,
            conversation_id = excluded.conversation_id,
            user_name = excluded.user_name,
            user_aad_object_id = excluded.user_aad_object_id,
            bot_id = excluded.bot_id,
            bot_name = excluded.bot_name,
            service_url = excluded.service_url,
            conversation_type = excluded.conversation_type,
            locale = excluded.locale,
            updated_at = excluded.updated_at;
        """;

    private const string FindSql = $"SELECT {Columns} FROM conversation_references WHERE tenant = @tenant AND user_id = @user_id;";

    private const string ListSql = $"SELECT {Columns} FROM conversation_references WHERE tenant = @tenant ORDER BY user_id;";

    public async Task UpsertAsync(ConversationReference reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);

        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var command = writer.Connection.CreateCommand();
            command.CommandText = UpsertSql;
            var parameters = command.Parameters;
            parameters.AddWithValue("@tenant", reference.Tenant);
            parameters.AddWithValue("@user_id", reference.UserId);
            parameters.AddWithValue("@channel", reference.Channel);
            parameters.AddWithValue("@conversation_id", reference.ConversationId);
            parameters.AddWithValue("@user_name", SqliteValues.FromNullable(reference.UserName));
            parameters.AddWithValue("@user_aad_object_id", SqliteValues.FromNullable(reference.UserAadObjectId));
            parameters.AddWithValue("@bot_id", reference.BotId);
            parameters.AddWithValue("@bot_name", SqliteValues.FromNullable(reference.BotName));
            parameters.AddWithValue("@service_url", reference.ServiceUrl);
            parameters.AddWithValue("@conversation_type", SqliteValues.FromNullable(reference.ConversationType));
            parameters.AddWithValue("@locale", SqliteValues.FromNullable(reference.Locale));
            parameters.AddWithValue("@updated_at", SqliteValues.FromTimestamp(reference.UpdatedAt));
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public async Task<ConversationReference?> FindAsync(string tenant, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(userId);

        var found = await QueryAsync(FindSql, tenant, userId, ct).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(string tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);

        return await QueryAsync(ListSql, tenant, userId: null, ct).ConfigureAwait(false);
    }

    private async Task<List<ConversationReference>> QueryAsync(string sql, string tenant, string? userId, CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("@tenant", tenant);
            if (userId is not null)
            {
                command.Parameters.AddWithValue("@user_id", userId);
            }

            var references = new List<ConversationReference>();
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    references.Add(Read(reader));
                }
            }

            return references;
        }
    }

    // Ordinals follow Columns.
    private static ConversationReference Read(SqliteDataReader reader) => new()
    {
        Tenant = reader.GetString(0),
        UserId = reader.GetString(1),
        Channel = reader.GetString(2),
        ConversationId = reader.GetString(3),
        UserName = GetNullableString(reader, 4),
        UserAadObjectId = GetNullableString(reader, 5),
        BotId = reader.GetString(6),
        BotName = GetNullableString(reader, 7),
        ServiceUrl = reader.GetString(8),
        ConversationType = GetNullableString(reader, 9),
        Locale = GetNullableString(reader, 10),
        UpdatedAt = SqliteValues.ToTimestamp(reader.GetString(11)),
    };

    private static string? GetNullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
