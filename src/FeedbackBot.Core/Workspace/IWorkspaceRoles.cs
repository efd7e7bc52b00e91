namespace FeedbackBot.Core.Workspace;

/// <summary>
/// Who is an admin or a manager of a workspace: the ids in configuration
/// (<c>FeedbackBot:Admins</c>, <c>FeedbackBot:Managers</c>) for every tenant, plus those admins
/// added in chat with <c>/feedback-admin</c>. An admin is not a manager unless also made one.
/// </summary>
public interface IWorkspaceRoles
{
    Task<bool> IsAdminAsync(string tenant, string userId, CancellationToken ct);

    Task<bool> IsManagerAsync(string tenant, string userId, CancellationToken ct);

    /// <summary>The tenant's managers (configured and granted), for the weekly push.</summary>
    Task<IReadOnlyList<string>> GetManagersAsync(string tenant, CancellationToken ct);

    /// <summary>Every admin and manager of the tenant, configured ones first.</summary>
    Task<IReadOnlyList<RoleGrant>> ListAsync(string tenant, CancellationToken ct);
}
