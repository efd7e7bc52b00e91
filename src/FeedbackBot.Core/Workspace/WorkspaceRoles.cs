using FeedbackBot.Core.Configuration;

namespace FeedbackBot.Core.Workspace;

/// <summary>
/// Roles from two places: configuration seeds every tenant (read on each call, never copied into
/// the store, so an operator's change takes effect at once) and grants admins made in chat.
/// </summary>
public sealed class WorkspaceRoles(IRoleGrantStore store, FeedbackBotOptions options, TimeProvider time) : IWorkspaceRoles
{
    public async Task<bool> IsAdminAsync(string tenant, string userId, CancellationToken ct) =>
        await HoldsAsync(tenant, userId, WorkspaceRole.Admin, ct).ConfigureAwait(false);

    public async Task<bool> IsManagerAsync(string tenant, string userId, CancellationToken ct) =>
        await HoldsAsync(tenant, userId, WorkspaceRole.Manager, ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> GetManagersAsync(string tenant, CancellationToken ct) =>
        [.. (await ListAsync(tenant, ct).ConfigureAwait(false)).Where(g => g.Role == WorkspaceRole.Manager).Select(g => g.UserId)];

    public async Task<IReadOnlyList<RoleGrant>> ListAsync(string tenant, CancellationToken ct)
    {
        var configured = Configured().ToList();
        var granted = await store.ListAsync(tenant, ct).ConfigureAwait(false);
        return
        [
            .. configured,
            .. granted
                .Where(g => !configured.Any(c => c.Role == g.Role && c.UserId == g.UserId))
                .OrderBy(g => g.Role)
                .ThenBy(g => g.GrantedAt),
        ];
    }

    /// <summary>Gives <paramref name="userId"/> the role, recording which admin did it and when.</summary>
    public async Task<RoleChangeOutcome> GrantAsync(
        string tenant, string userId, string? userName, WorkspaceRole role, string grantedBy, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (await HoldsAsync(tenant, userId, role, ct).ConfigureAwait(false))
        {
            return RoleChangeOutcome.AlreadyHeld;
        }

        await store.GrantAsync(tenant, new RoleGrant(userId, role, grantedBy, time.GetUtcNow(), UserName: userName), ct).ConfigureAwait(false);
        return RoleChangeOutcome.Granted;
    }

    /// <summary>Takes the role away, unless configuration gave it or it is the workspace's last admin.</summary>
    public async Task<RoleChangeOutcome> RevokeAsync(string tenant, string userId, WorkspaceRole role, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var all = await ListAsync(tenant, ct).ConfigureAwait(false);
        var held = all.FirstOrDefault(g => g.Role == role && g.UserId == userId);
        if (held is null)
        {
            return RoleChangeOutcome.NotHeld;
        }

        if (held.FromConfiguration)
        {
            return RoleChangeOutcome.Configured;
        }

        if (role == WorkspaceRole.Admin && all.Count(g => g.Role == WorkspaceRole.Admin) == 1)
        {
            return RoleChangeOutcome.LastAdmin;
        }

        return await store.RevokeAsync(tenant, userId, role, ct).ConfigureAwait(false) ? RoleChangeOutcome.Revoked : RoleChangeOutcome.NotHeld;
    }

    private async Task<bool> HoldsAsync(string tenant, string userId, WorkspaceRole role, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }

        if (Configured().Any(g => g.Role == role && g.UserId == userId))
        {
            return true;
        }

        var granted = await store.ListAsync(tenant, ct).ConfigureAwait(false);
        return granted.Any(g => g.Role == role && g.UserId == userId);
    }

    private IEnumerable<RoleGrant> Configured() =>
        options.Admins.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().Select(id => Seed(id, WorkspaceRole.Admin))
            .Concat(options.Managers.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().Select(id => Seed(id, WorkspaceRole.Manager)));

    private static RoleGrant Seed(string userId, WorkspaceRole role) => new(userId, role, null, null, FromConfiguration: true);
}
