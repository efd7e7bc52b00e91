namespace FeedbackBot.Core.Workspace;

/// <summary>
/// One user holding one role in one workspace, with where it came from: configuration seeds
/// (<see cref="FromConfiguration"/>) cannot be removed in chat, grants made in chat can.
/// </summary>
public sealed record RoleGrant(
    string UserId,
    WorkspaceRole Role,
    string? GrantedBy,
    DateTimeOffset? GrantedAt,
    bool FromConfiguration = false,
    string? UserName = null);
