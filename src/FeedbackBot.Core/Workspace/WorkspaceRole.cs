namespace FeedbackBot.Core.Workspace;

/// <summary>A role a user can hold in a workspace.</summary>
public enum WorkspaceRole
{
    /// <summary>Sets the service statement, the elements, the schedules and the roles.</summary>
    Admin,

    /// <summary>Sees summaries and gets the weekly push.</summary>
    Manager,
}
