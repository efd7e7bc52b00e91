using System.Globalization;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Votes;

/// <summary>
/// Count intents in <c>count_intents</c>; settling one deletes it and writes <c>weekly_aggregates</c>
/// in one transaction. Intents are never updated, so the version is a constant: the key (with its
/// unique change id) names one intent for good.
/// </summary>
public sealed class SqliteCountIntentStore(SqliteDatabase database) : ICountIntentStore
{
    private const string Version = "1";

    private const string InsertSql =
        """
        INSERT INTO count_intents (tenant, week, change_id, created_ticks, payload)
        VALUES (@tenant, @week, @change_id, @created_ticks, @payload)
        ON CONFLICT (tenant, week, change_id) DO NOTHING;
        """;

    private const string DeleteSql = "DELETE FROM count_intents WHERE tenant = @tenant AND week = @week AND change_id = @change_id;";

    public async Task<string> AddAsync(CountIntent intent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        await SqliteCommands.ExecuteAsync(database, InsertSql, p =>
        {
            BindKey(p, intent.Tenant, intent.Week, intent.ChangeId);
            p.AddWithValue("@created_ticks", intent.CreatedAt.UtcTicks);
            p.AddWithValue("@payload", VoteJson.Write(intent));
        }, ct).ConfigureAwait(false);
        return Version;
    }

    public async Task<Versioned<CountIntent>?> FindAsync(string tenant, IsoWeek week, string changeId, CancellationToken ct)
    {
        var rows = await QueryAsync(
            "tenant = @tenant AND week = @week AND change_id = @change_id",
            p => BindKey(p, tenant, week, changeId),
            ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<SettleResult> TrySettleAsync(Versioned<CountIntent> intent, WeeklyAggregate aggregate, string? aggregateVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(aggregate);
        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var transaction = writer.Connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                if (await ExecuteAsync(transaction, DeleteSql, p => BindKey(p, intent.Value.Tenant, intent.Value.Week, intent.Value.ChangeId), ct).ConfigureAwait(false) == 0)
                {
                    return SettleResult.IntentGone;
                }

                if (!await WriteAggregateAsync(transaction, aggregate, aggregateVersion, ct).ConfigureAwait(false))
                {
                    // Disposing the transaction rolls the delete back.
                    return SettleResult.AggregateChanged;
                }

                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return SettleResult.Applied;
            }
        }
    }

    public async Task<bool> TryDiscardAsync(Versioned<CountIntent> intent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return await SqliteCommands.ExecuteAsync(
            database, DeleteSql, p => BindKey(p, intent.Value.Tenant, intent.Value.Week, intent.Value.ChangeId), ct).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<Versioned<CountIntent>>> ListCreatedBeforeAsync(DateTimeOffset createdBefore, int max, CancellationToken ct) =>
        await QueryAsync(
            "created_ticks < @before ORDER BY created_ticks LIMIT @max",
            p =>
            {
                p.AddWithValue("@before", createdBefore.UtcTicks);
                p.AddWithValue("@max", Math.Max(0, max));
            },
            ct).ConfigureAwait(false);

    private static async Task<bool> WriteAggregateAsync(SqliteTransaction transaction, WeeklyAggregate aggregate, string? expectedVersion, CancellationToken ct)
    {
        if (expectedVersion is null)
        {
            return await ExecuteAsync(transaction, SqliteWeeklyAggregateStore.InsertSql, p => SqliteWeeklyAggregateStore.Bind(p, aggregate), ct).ConfigureAwait(false) == 1;
        }

        if (!long.TryParse(expectedVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        return await ExecuteAsync(transaction, SqliteWeeklyAggregateStore.UpdateSql, p =>
        {
            SqliteWeeklyAggregateStore.Bind(p, aggregate);
            p.AddWithValue("@version", version);
        }, ct).ConfigureAwait(false) == 1;
    }

    private static async Task<int> ExecuteAsync(SqliteTransaction transaction, string sql, Action<SqliteParameterCollection> bind, CancellationToken ct)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private Task<List<Versioned<CountIntent>>> QueryAsync(string where, Action<SqliteParameterCollection> bind, CancellationToken ct) =>
        SqliteCommands.QueryAsync(
            database,
            $"SELECT payload FROM count_intents WHERE {where};",
            bind,
            r => new Versioned<CountIntent>(VoteJson.Read<CountIntent>(r.GetString(0)), Version),
            ct);

    private static void BindKey(SqliteParameterCollection p, string tenant, IsoWeek week, string changeId)
    {
        p.AddWithValue("@tenant", tenant);
        p.AddWithValue("@week", week.ToString());
        p.AddWithValue("@change_id", changeId);
    }
}
