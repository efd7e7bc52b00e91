using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Votes;

/// <summary>Weekly aggregates in <c>weekly_aggregates</c>, one row per (tenant, week), written conditionally on <c>version</c>.</summary>
public sealed class SqliteWeeklyAggregateStore(SqliteDatabase database) : IWeeklyAggregateStore
{
    // Also run by SqliteCountIntentStore inside the transaction that settles an intent.
    internal const string InsertSql =
        """
        INSERT INTO weekly_aggregates (tenant, week, payload, version) VALUES (@tenant, @week, @payload, 1)
        ON CONFLICT (tenant, week) DO NOTHING;
        """;

    internal const string UpdateSql =
        "UPDATE weekly_aggregates SET payload = @payload, version = version + 1 WHERE tenant = @tenant AND week = @week AND version = @version;";

    public async Task<WeeklyAggregate> GetAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        (await FindAsync(tenant, week, ct).ConfigureAwait(false))?.Value ?? WeeklyAggregate.Empty(tenant, week);

    public async Task<Versioned<WeeklyAggregate>?> FindAsync(string tenant, IsoWeek week, CancellationToken ct)
    {
        var rows = await SqliteCommands.QueryAsync(
            database,
            "SELECT payload, version FROM weekly_aggregates WHERE tenant = @tenant AND week = @week;",
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@week", week.ToString());
            },
            r => new Versioned<WeeklyAggregate>(VoteJson.Read<WeeklyAggregate>(r.GetString(0)), SqliteVersionedRows.Version(r, 1)),
            ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<bool> TryWriteAsync(WeeklyAggregate aggregate, string? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return SqliteVersionedRows.TryWriteAsync(database, InsertSql, UpdateSql, p => Bind(p, aggregate), expectedVersion, ct);
    }

    internal static void Bind(SqliteParameterCollection p, WeeklyAggregate aggregate)
    {
        p.AddWithValue("@tenant", aggregate.Tenant);
        p.AddWithValue("@week", aggregate.Week.ToString());
        p.AddWithValue("@payload", VoteJson.Write(aggregate));
    }

    // "2026-W47" sorts in time order as text, so the range is a key range scan.
    public async Task<IReadOnlyList<WeeklyAggregate>> ListAsync(string tenant, IsoWeek first, IsoWeek last, CancellationToken ct) =>
        await SqliteCommands.QueryAsync(
            database,
            "SELECT payload FROM weekly_aggregates WHERE tenant = @tenant AND week >= @first AND week <= @last ORDER BY week;",
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@first", first.ToString());
                p.AddWithValue("@last", last.ToString());
            },
            r => VoteJson.Read<WeeklyAggregate>(r.GetString(0)),
            ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> ListTenantsAsync(IsoWeek week, CancellationToken ct) =>
        await SqliteCommands.QueryAsync(
            database,
            "SELECT tenant FROM weekly_aggregates WHERE week = @week;",
            p => p.AddWithValue("@week", week.ToString()),
            r => r.GetString(0),
            ct).ConfigureAwait(false);
}
