namespace FeedbackBot.Core.Health;

/// <summary>
/// Port a store implements so readiness checks can ask whether it is reachable right now.
/// </summary>
public interface IStoreHealthProbe
{
    /// <summary>Throws or returns false when the store cannot serve requests.</summary>
    Task<bool> IsReachableAsync(CancellationToken ct);
}
