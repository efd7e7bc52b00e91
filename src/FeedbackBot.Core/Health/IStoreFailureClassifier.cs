namespace FeedbackBot.Core.Health;

/// <summary>
/// Port a store implements so the host can tell "the store is unreachable, overloaded or timed
/// out right now" (answer 503 and let the client retry) from a defect (answer 500). Only the store
/// knows its driver's exceptions; everything else stays a 500.
/// </summary>
public interface IStoreFailureClassifier
{
    /// <summary>True when <paramref name="exception"/> says the store cannot serve requests just now and a retry may succeed.</summary>
    bool IsOutage(Exception exception);
}
