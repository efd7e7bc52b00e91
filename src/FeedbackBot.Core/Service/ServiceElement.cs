namespace FeedbackBot.Core.Service;

/// <summary>
/// One element of customer service in a workspace's list (shipping, returns, ...). Elements are
/// never deleted, only retired, so votes, survey answers and decisions that name one stay readable.
/// </summary>
/// <param name="Id">A stable slug ("shipping"); it never changes, not even on a rename.</param>
/// <param name="Name">
/// The name admins gave it; for a seeded element that was never renamed, the English default
/// (<see cref="IsDefaultName"/> is then true and chat shows the name in the user's language).
/// </param>
/// <param name="CoveredByStatement">True when the service statement covers this element.</param>
/// <param name="Retired">True when admins retired it: kept for history, no longer offered.</param>
/// <param name="IsDefaultName">True while a seeded element still carries its seeded name.</param>
public sealed record ServiceElement(
    string Id,
    string Name,
    bool CoveredByStatement = false,
    bool Retired = false,
    bool IsDefaultName = false);
