using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Votes;

/// <summary>Votes in <c>votes</c>, one row per (tenant, week, interaction), written conditionally on <c>version</c>.</summary>
public sealed class SqliteVoteStore(SqliteDatabase database) : IVoteStore
{
    private const string InsertSql =
        """
        INSERT INTO votes (tenant, week, interaction_id, payload, version)
        VALUES (@tenant, @week, @interaction_id, @payload, 1)
        ON CONFLICT (tenant, week, interaction_id) DO NOTHING;
        """;

    private const string UpdateSql =
        """
        UPDATE votes SET payload = @payload, version = version + 1
        WHERE tenant = @tenant AND week = @week AND interaction_id = @interaction_id AND version = @version;
        """;

    public async Task<Versioned<Vote>?> FindAsync(string tenant, IsoWeek week, string interactionId, CancellationToken ct)
    {
        var rows = await SqliteCommands.QueryAsync(
            database,
            "SELECT payload, version FROM votes WHERE tenant = @tenant AND week = @week AND interaction_id = @interaction_id;",
            p => BindKey(p, tenant, week, interactionId),
            r => new Versioned<Vote>(VoteJson.Read<Vote>(r.GetString(0)), SqliteVersionedRows.Version(r, 1)),
            ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<bool> TryWriteAsync(Vote vote, string? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return SqliteVersionedRows.TryWriteAsync(database, InsertSql, UpdateSql, p =>
        {
            BindKey(p, vote.Tenant, vote.Week, vote.InteractionId);
            p.AddWithValue("@payload", VoteJson.Write(vote));
        }, expectedVersion, ct);
    }

    public async Task<IReadOnlyList<Vote>> ListAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        await SqliteCommands.QueryAsync(
            database,
            "SELECT payload FROM votes WHERE tenant = @tenant AND week = @week ORDER BY interaction_id;",
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@week", week.ToString());
            },
            r => VoteJson.Read<Vote>(r.GetString(0)),
            ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<Vote>> ListLatestMissCommentsAsync(string tenant, IsoWeek week, string? team, int max, CancellationToken ct) =>
        await SqliteCommands.QueryAsync(
            database,
            LatestMissCommentsSql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@week", week.ToString());
                p.AddWithValue("@team", (object?)team ?? DBNull.Value);
                p.AddWithValue("@max", Math.Max(0, max));
            },
            r => VoteJson.Read<Vote>(r.GetString(0)),
            ct).ConfigureAwait(false);

    // Served by the partial index votes_latest_miss_comments (SqliteMigrations): same terms.
    private const string LatestMissCommentsSql =
        """
        SELECT payload FROM votes
        WHERE tenant = @tenant AND week = @week
          AND json_extract(payload, '$.verdict') = 'Miss' AND json_extract(payload, '$.comment') <> ''
          AND (@team IS NULL OR json_extract(payload, '$.team') = @team)
        ORDER BY julianday(json_extract(payload, '$.votedAt')) DESC
        LIMIT @max;
        """;

    private static void BindKey(SqliteParameterCollection p, string tenant, IsoWeek week, string interactionId)
    {
        p.AddWithValue("@tenant", tenant);
        p.AddWithValue("@week", week.ToString());
        p.AddWithValue("@interaction_id", interactionId);
    }
}
