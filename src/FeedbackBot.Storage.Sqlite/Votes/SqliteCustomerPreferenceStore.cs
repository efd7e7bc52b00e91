using FeedbackBot.Core.Votes;

namespace FeedbackBot.Storage.Sqlite.Votes;

/// <summary>Survey-fatigue state in <c>customer_preferences</c>, one row per (tenant, customer).</summary>
public sealed class SqliteCustomerPreferenceStore(SqliteDatabase database) : ICustomerPreferenceStore
{
    private const string UpsertSql =
        """
        INSERT INTO customer_preferences (tenant, customer_id, last_asked_at, opted_out_at)
        VALUES (@tenant, @customer_id, @last_asked_at, @opted_out_at)
        ON CONFLICT (tenant, customer_id) DO UPDATE SET last_asked_at = excluded.last_asked_at, opted_out_at = excluded.opted_out_at;
        """;

    public async Task<CustomerPreference?> FindAsync(string tenant, string customerId, CancellationToken ct)
    {
        var rows = await SqliteCommands.QueryAsync(
            database,
            "SELECT last_asked_at, opted_out_at FROM customer_preferences WHERE tenant = @tenant AND customer_id = @customer_id;",
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@customer_id", customerId);
            },
            r => new CustomerPreference(
                tenant,
                customerId,
                r.IsDBNull(0) ? null : SqliteValues.ToTimestamp(r.GetString(0)),
                r.IsDBNull(1) ? null : SqliteValues.ToTimestamp(r.GetString(1))),
            ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task UpsertAsync(CustomerPreference preference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(preference);
        return SqliteCommands.ExecuteAsync(database, UpsertSql, p =>
        {
            p.AddWithValue("@tenant", preference.Tenant);
            p.AddWithValue("@customer_id", preference.CustomerId);
            p.AddWithValue("@last_asked_at", preference.LastAskedAt is { } asked ? SqliteValues.FromTimestamp(asked) : DBNull.Value);
            p.AddWithValue("@opted_out_at", preference.OptedOutAt is { } opted ? SqliteValues.FromTimestamp(opted) : DBNull.Value);
        }, ct);
    }
}
