using FeedbackBot.Core.Decisions;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Decisions;

/// <summary>
/// Decision records in <c>decisions</c>, the record as JSON beside the columns its queries need.
/// Updates are conditional on the <c>etag</c> read, and re-applied to the newer row on a conflict.
/// </summary>
public sealed class SqliteDecisionLog(SqliteDatabase database) : IDecisionLog
{
    private const int MaxUpdateAttempts = 10;

    private const string InsertSql =
        """
        INSERT INTO decisions (tenant, id, created_ticks, owner_id, follow_up_due_ticks, awaits_follow_up, payload, etag)
        VALUES (@tenant, @id, @created_ticks, @owner_id, @follow_up_due_ticks, @awaits_follow_up, @payload, @etag)
        ON CONFLICT (tenant, id) DO NOTHING;
        """;

    private const string UpdateSql =
        """
        UPDATE decisions SET follow_up_due_ticks = @follow_up_due_ticks, awaits_follow_up = @awaits_follow_up,
            payload = @payload, etag = @etag
        WHERE tenant = @tenant AND id = @id AND etag = @expected_etag;
        """;

    private const string FindSql = "SELECT payload, etag FROM decisions WHERE tenant = @tenant AND id = @id;";

    private const string ByOwnerSql =
        "SELECT payload, etag FROM decisions WHERE tenant = @tenant AND owner_id = @owner_id ORDER BY created_ticks DESC, id DESC LIMIT @max;";

    private const string CreatedSql =
        """
        SELECT payload, etag FROM decisions
        WHERE tenant = @tenant AND created_ticks >= @since AND created_ticks < @until
        ORDER BY created_ticks DESC, id DESC;
        """;

    private const string DueSql =
        """
        SELECT payload, etag FROM decisions
        WHERE awaits_follow_up = 1 AND follow_up_due_ticks <= @now
        ORDER BY follow_up_due_ticks, tenant, id LIMIT @max;
        """;

    public async Task<bool> AddAsync(DecisionRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!DecisionIds.TryGetCreatedTicks(record.Id, out _))
        {
            throw new ArgumentException($"'{record.Id}' is not a decision id (see DecisionIds).", nameof(record));
        }

        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var command = writer.Connection.CreateCommand();
            command.CommandText = InsertSql;
            Bind(command, record);
            command.Parameters.AddWithValue("@created_ticks", record.CreatedAt.UtcTicks);
            command.Parameters.AddWithValue("@owner_id", record.OwnerId);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }
    }

    public async Task<DecisionRecord?> FindAsync(string tenant, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);

        var found = await FindStoredAsync(tenant, id, ct).ConfigureAwait(false);
        return found?.Record;
    }

    public async Task<DecisionRecord?> UpdateAsync(string tenant, string id, Func<DecisionRecord, DecisionRecord> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(change);

        for (var attempt = 0; attempt < MaxUpdateAttempts; attempt++)
        {
            if (await FindStoredAsync(tenant, id, ct).ConfigureAwait(false) is not { } stored)
            {
                return null;
            }

            // The key never changes, whatever the change function returns.
            var updated = change(stored.Record) with { Tenant = stored.Record.Tenant, Id = stored.Record.Id };
            if (await TryReplaceAsync(updated, stored.ETag, ct).ConfigureAwait(false))
            {
                return updated;
            }
        }

        throw new InvalidOperationException($"Decision {id} kept changing under {MaxUpdateAttempts} attempts to update it.");
    }

    public async Task<IReadOnlyList<DecisionRecord>> ListByOwnerAsync(string tenant, string ownerId, int max, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(ownerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        return await QueryAsync(ByOwnerSql, p =>
        {
            p.AddWithValue("@tenant", tenant);
            p.AddWithValue("@owner_id", ownerId);
            p.AddWithValue("@max", max);
        }, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DecisionRecord>> ListCreatedAsync(string tenant, DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);

        return await QueryAsync(CreatedSql, p =>
        {
            p.AddWithValue("@tenant", tenant);
            p.AddWithValue("@since", since.UtcTicks);
            p.AddWithValue("@until", until.UtcTicks);
        }, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DecisionRecord>> ListFollowUpsDueAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);

        return await QueryAsync(DueSql, p =>
        {
            p.AddWithValue("@now", now.UtcTicks);
            p.AddWithValue("@max", max);
        }, ct).ConfigureAwait(false);
    }

    private async Task<bool> TryReplaceAsync(DecisionRecord record, string expectedETag, CancellationToken ct)
    {
        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var command = writer.Connection.CreateCommand();
            command.CommandText = UpdateSql;
            Bind(command, record);
            command.Parameters.AddWithValue("@expected_etag", expectedETag);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }
    }

    private static void Bind(SqliteCommand command, DecisionRecord record)
    {
        var parameters = command.Parameters;
        parameters.AddWithValue("@tenant", record.Tenant);
        parameters.AddWithValue("@id", record.Id);
        parameters.AddWithValue("@follow_up_due_ticks", record.FollowUpDueAt.UtcTicks);
        parameters.AddWithValue("@awaits_follow_up", record.AwaitsFollowUp ? 1 : 0);
        parameters.AddWithValue("@payload", DecisionJson.Serialize(record));
        parameters.AddWithValue("@etag", Guid.NewGuid().ToString("N"));
    }

    private async Task<StoredDecision?> FindStoredAsync(string tenant, string id, CancellationToken ct)
    {
        var found = await QueryStoredAsync(FindSql, p =>
        {
            p.AddWithValue("@tenant", tenant);
            p.AddWithValue("@id", id);
        }, ct).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<List<DecisionRecord>> QueryAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken ct) =>
        [.. (await QueryStoredAsync(sql, bind, ct).ConfigureAwait(false)).Select(s => s.Record)];

    private async Task<List<StoredDecision>> QueryStoredAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            var rows = new List<StoredDecision>();
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    rows.Add(new StoredDecision(DecisionJson.Deserialize(reader.GetString(0)), reader.GetString(1)));
                }
            }

            return rows;
        }
    }

    private sealed record StoredDecision(DecisionRecord Record, string ETag);
}
