namespace FeedbackBot.Core.Workspace;

/// <summary>Port for roles granted in chat (configured roles are not stored).</summary>
public interface IRoleGrantStore
{
    /// <summary>Every grant of the tenant (never another tenant's).</summary>
    Task<IReadOnlyList<RoleGrant>> ListAsync(string tenant, CancellationToken ct);

    /// <summary>Adds the grant, or replaces the same user's grant of the same role.</summary>
    Task GrantAsync(string tenant, RoleGrant grant, CancellationToken ct);

    /// <summary>Removes the user's role; false when they did not hold it.</summary>
    Task<bool> RevokeAsync(string tenant, string userId, WorkspaceRole role, CancellationToken ct);
}
