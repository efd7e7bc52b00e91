using FeedbackBot.Core.Workspace;

namespace FeedbackBot.Storage.Sqlite.Workspace;

/// <summary>Roles granted in chat, in <c>role_grants</c>, one row per (tenant, role, user).</summary>
public sealed class SqliteRoleGrantStore(SqliteDatabase database) : IRoleGrantStore
{
    private const string ListSql =
        "SELECT role, user_id, user_name, granted_by, granted_at FROM role_grants WHERE tenant = @tenant ORDER BY role, user_id;";

    private const string UpsertSql =
        """
        INSERT INTO role_grants (tenant, role, user_id, user_name, granted_by, granted_at)
        VALUES (@tenant, @role, @user_id, @user_name, @granted_by, @granted_at)
        ON CONFLICT (tenant, role, user_id) DO UPDATE SET
            user_name = excluded.user_name, granted_by = excluded.granted_by, granted_at = excluded.granted_at;
        """;

    private const string DeleteSql = "DELETE FROM role_grants WHERE tenant = @tenant AND role = @role AND user_id = @user_id;";

    public async Task<IReadOnlyList<RoleGrant>> ListAsync(string tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return await SqliteCommands.QueryAsync(
            database,
            ListSql,
            p => p.AddWithValue("@tenant", tenant),
            r => new RoleGrant(
                r.GetString(1),
                Enum.Parse<WorkspaceRole>(r.GetString(0)),
                SqliteCommands.GetNullableString(r, 3),
                SqliteCommands.GetNullableString(r, 4) is { } at ? SqliteValues.ToTimestamp(at) : null,
                UserName: SqliteCommands.GetNullableString(r, 2)),
            ct).ConfigureAwait(false);
    }

    public async Task GrantAsync(string tenant, RoleGrant grant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(grant);
        await SqliteCommands.ExecuteAsync(
            database,
            UpsertSql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@role", grant.Role.ToString());
                p.AddWithValue("@user_id", grant.UserId);
                p.AddWithValue("@user_name", SqliteValues.FromNullable(grant.UserName));
                p.AddWithValue("@granted_by", SqliteValues.FromNullable(grant.GrantedBy));
                p.AddWithValue("@granted_at", SqliteValues.FromNullable(grant.GrantedAt is { } at ? SqliteValues.FromTimestamp(at) : null));
            },
            ct).ConfigureAwait(false);
    }

    public async Task<bool> RevokeAsync(string tenant, string userId, WorkspaceRole role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(userId);
        var deleted = await SqliteCommands.ExecuteAsync(
            database,
            DeleteSql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@role", role.ToString());
                p.AddWithValue("@user_id", userId);
            },
            ct).ConfigureAwait(false);
        return deleted == 1;
    }
}
