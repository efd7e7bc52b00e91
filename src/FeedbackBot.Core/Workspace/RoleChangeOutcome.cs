namespace FeedbackBot.Core.Workspace;

/// <summary>How an admin's change to the roles went.</summary>
public enum RoleChangeOutcome
{
    Granted,

    /// <summary>The user already held the role: nothing changed.</summary>
    AlreadyHeld,

    Revoked,

    /// <summary>The user did not hold the role (in chat): nothing changed.</summary>
    NotHeld,

    /// <summary>The role comes from configuration (<c>FeedbackBot:Admins</c> / <c>FeedbackBot:Managers</c>); only the operator can remove it.</summary>
    Configured,

    /// <summary>Removing it would leave the workspace without any admin.</summary>
    LastAdmin,
}
