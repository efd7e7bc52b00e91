using System.Globalization;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Votes;

/// <summary>
/// Feedback requests in <c>feedback_requests</c>, one row per (tenant, interaction). The primary key
/// makes the create idempotent; <c>version</c> makes updates conditional.
/// </summary>
public sealed class SqliteFeedbackRequestStore(SqliteDatabase database) : IFeedbackRequestStore
{
    private const string InsertSql =
        """
        INSERT INTO feedback_requests (tenant, interaction_id, week, customer_id, customer_channel_user_id, due_for_reminder, created_at, payload, version)
        VALUES (@tenant, @interaction_id, @week, @customer_id, @channel_user_id, @due, @created_at, @payload, 1)
        ON CONFLICT (tenant, interaction_id) DO NOTHING;
        """;

    private const string UpdateSql =
        """
        UPDATE feedback_requests
        SET customer_id = @customer_id, customer_channel_user_id = @channel_user_id, due_for_reminder = @due, payload = @payload, version = version + 1
        WHERE tenant = @tenant AND interaction_id = @interaction_id AND version = @version;
        """;

    public async Task<(FeedbackRequest Request, bool Created)> CreateAsync(FeedbackRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inserted = await SqliteCommands.ExecuteAsync(database, InsertSql, p =>
        {
            Bind(p, request);
            p.AddWithValue("@week", request.Week.ToString());
            p.AddWithValue("@created_at", SqliteValues.FromTimestamp(request.CreatedAt.ToUniversalTime()));
        }, ct).ConfigureAwait(false);
        if (inserted == 1)
        {
            return (request, true);
        }

        var existing = await FindAsync(request.Tenant, request.InteractionId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A request row conflicted on insert but cannot be read.");
        return (existing.Value, false);
    }

    public async Task<Versioned<FeedbackRequest>?> FindAsync(string tenant, string interactionId, CancellationToken ct)
    {
        var rows = await QueryAsync("tenant = @tenant AND interaction_id = @interaction_id", p =>
        {
            p.AddWithValue("@tenant", tenant);
            p.AddWithValue("@interaction_id", interactionId);
        }, ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<bool> TryUpdateAsync(FeedbackRequest request, string expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!long.TryParse(expectedVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        var updated = await SqliteCommands.ExecuteAsync(database, UpdateSql, p =>
        {
            Bind(p, request);
            p.AddWithValue("@version", version);
        }, ct).ConfigureAwait(false);
        return updated == 1;
    }

    public async Task<IReadOnlyList<FeedbackRequest>> ListAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        Values(await QueryAsync("tenant = @tenant AND week = @week ORDER BY interaction_id", p =>
        {
            p.AddWithValue("@tenant", tenant);
            p.AddWithValue("@week", week.ToString());
        }, ct).ConfigureAwait(false));

    public async Task<IReadOnlyList<FeedbackRequest>> ListDueForReminderAsync(DateTimeOffset createdAfter, DateTimeOffset createdBefore, int max, CancellationToken ct) =>
        Values(await QueryAsync("due_for_reminder = 1 AND created_at > @after AND created_at < @before ORDER BY created_at LIMIT @max", p =>
        {
            p.AddWithValue("@after", SqliteValues.FromTimestamp(createdAfter.ToUniversalTime()));
            p.AddWithValue("@before", SqliteValues.FromTimestamp(createdBefore.ToUniversalTime()));
            p.AddWithValue("@max", max);
        }, ct).ConfigureAwait(false));

    public async Task<IReadOnlyList<FeedbackRequest>> ListByCustomerAsync(string tenant, string customerId, CancellationToken ct) =>
        Values(await QueryAsync("tenant = @tenant AND (customer_id = @customer OR customer_channel_user_id = @customer) ORDER BY created_at", p =>
        {
            p.AddWithValue("@tenant", tenant);
            p.AddWithValue("@customer", customerId);
        }, ct).ConfigureAwait(false));

    /// <summary>Asked, not reminded, not answered, and someone to remind.</summary>
    internal static bool IsDueForReminder(FeedbackRequest request) =>
        request.Asked && request.RemindedAt is null && request.AnsweredAt is null && request.Customer.Id.Length > 0;

    private static void Bind(SqliteParameterCollection p, FeedbackRequest request)
    {
        p.AddWithValue("@tenant", request.Tenant);
        p.AddWithValue("@interaction_id", request.InteractionId);
        p.AddWithValue("@customer_id", request.Customer.Id);
        p.AddWithValue("@channel_user_id", SqliteValues.FromNullable(request.Customer.ChannelUserId));
        p.AddWithValue("@due", IsDueForReminder(request) ? 1 : 0);
        p.AddWithValue("@payload", VoteJson.Write(request));
    }

    private Task<List<Versioned<FeedbackRequest>>> QueryAsync(string where, Action<SqliteParameterCollection> bind, CancellationToken ct) =>
        SqliteCommands.QueryAsync(
            database,
            $"SELECT payload, version FROM feedback_requests WHERE {where};",
            bind,
            r => new Versioned<FeedbackRequest>(VoteJson.Read<FeedbackRequest>(r.GetString(0)), r.GetInt64(1).ToString(CultureInfo.InvariantCulture)),
            ct);

    private static List<FeedbackRequest> Values(List<Versioned<FeedbackRequest>> rows) => [.. rows.Select(r => r.Value)];
}
