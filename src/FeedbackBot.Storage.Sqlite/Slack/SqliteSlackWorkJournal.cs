using FeedbackBot.Core.Slack;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Slack;

/// <summary>
/// Acknowledged Slack work in <c>slack_work</c>. Each change is one statement guarded by the row's
/// random <c>version</c> token, and SQLite runs writers one at a time, so of concurrent changes to
/// one state exactly one applies.
/// </summary>
public sealed class SqliteSlackWorkJournal(SqliteDatabase database) : ISlackWorkJournal
{
    private const string Columns = "work_id, payload, owner, lease_expires_ticks, attempts, accepted_at, version";

    private const string AddSql =
        $"""
        INSERT INTO slack_work ({Columns})
        VALUES (@work_id, @payload, @owner, @lease_expires_ticks, @attempts, @accepted_at, @new_version)
        ON CONFLICT (work_id) DO NOTHING;
        """;

    private const string ReplaceSql =
        """
        UPDATE slack_work SET owner = @owner, lease_expires_ticks = @lease_expires_ticks, attempts = @attempts, version = @new_version
        WHERE work_id = @work_id AND version = @version;
        """;

    private const string RemoveSql = "DELETE FROM slack_work WHERE work_id = @work_id AND version = @version;";

    private const string FindSql = $"SELECT {Columns} FROM slack_work WHERE work_id = @work_id;";

    private const string LapsedSql = $"SELECT {Columns} FROM slack_work WHERE lease_expires_ticks <= @now ORDER BY lease_expires_ticks LIMIT @max;";

    public async Task<SlackWorkEntry?> TryAddAsync(SlackWorkEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = entry with { Version = NewVersion() };
        var added = await SqliteCommands.ExecuteAsync(database, AddSql, p => Bind(p, entry, stored.Version), ct).ConfigureAwait(false);
        return added == 1 ? stored : null;
    }

    public async Task<SlackWorkEntry?> TryReplaceAsync(SlackWorkEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = entry with { Version = NewVersion() };
        var changed = await SqliteCommands.ExecuteAsync(database, ReplaceSql, p => Bind(p, entry, stored.Version), ct).ConfigureAwait(false);
        return changed == 1 ? stored : null;
    }

    public async Task<bool> TryRemoveAsync(SlackWorkEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await SqliteCommands.ExecuteAsync(database, RemoveSql, p =>
        {
            p.AddWithValue("@work_id", entry.WorkId);
            p.AddWithValue("@version", entry.Version);
        }, ct).ConfigureAwait(false) == 1;
    }

    public async Task<SlackWorkEntry?> FindAsync(string workId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(workId);
        var rows = await SqliteCommands.QueryAsync(database, FindSql, p => p.AddWithValue("@work_id", workId), Read, ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<SlackWorkEntry>> ListLapsedAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await SqliteCommands.QueryAsync(database, LapsedSql, p =>
        {
            p.AddWithValue("@now", now.UtcTicks);
            p.AddWithValue("@max", max);
        }, Read, ct).ConfigureAwait(false);
    }

    private static void Bind(SqliteParameterCollection parameters, SlackWorkEntry entry, string newVersion)
    {
        parameters.AddWithValue("@work_id", entry.WorkId);
        parameters.AddWithValue("@payload", entry.Payload);
        parameters.AddWithValue("@owner", entry.Owner);
        parameters.AddWithValue("@lease_expires_ticks", entry.LeaseExpiresAt.UtcTicks);
        parameters.AddWithValue("@attempts", entry.Attempts);
        parameters.AddWithValue("@accepted_at", SqliteValues.FromTimestamp(entry.AcceptedAt));
        parameters.AddWithValue("@version", entry.Version);
        parameters.AddWithValue("@new_version", newVersion);
    }

    private static SlackWorkEntry Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
        reader.GetInt32(4),
        SqliteValues.ToTimestamp(reader.GetString(5)),
        reader.GetString(6));

    private static string NewVersion() => Guid.NewGuid().ToString("N");
}
