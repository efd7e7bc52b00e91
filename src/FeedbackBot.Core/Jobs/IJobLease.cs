namespace FeedbackBot.Core.Jobs;

/// <summary>
/// Port for once-only work of hosted jobs across any number of instances (the decision
/// follow-up, the weekly push). A unit of work is named by (<c>job</c>, <c>key</c>), e.g.
/// ("decision-follow-up", "contoso|0638...|a1b2"). An instance first claims it, does the work, then
/// marks it done; a done unit is never claimed again.
/// </summary>
/// <remarks>
/// Invariants: of all concurrent claims of one unit exactly one succeeds. A claim lapses after its
/// time-to-live, so the work of an instance that crashed mid-way is retried by another; the
/// time-to-live must therefore exceed the time the work takes. A claim can only be completed or
/// released by its holder (its <see cref="JobClaim.ClaimId"/>).
/// </remarks>
public interface IJobLease
{
    /// <summary>
    /// Claims the unit for <paramref name="timeToLive"/>. Returns the claim, or <c>null</c> when the
    /// unit is done or another live claim holds it.
    /// </summary>
    Task<JobClaim?> TryClaimAsync(string job, string key, TimeSpan timeToLive, CancellationToken ct);

    /// <summary>
    /// Marks the claimed unit done for good. Returns <c>false</c> when the claim had lapsed and
    /// someone else holds the unit now (the caller's work may then run twice; keep it idempotent
    /// or keep the time-to-live generous).
    /// </summary>
    Task<bool> CompleteAsync(JobClaim claim, CancellationToken ct);

    /// <summary>
    /// Gives the claim up without completing it (the work failed), so the next run retries the unit
    /// at once instead of after the time-to-live. Does nothing when the claim is no longer held.
    /// </summary>
    Task ReleaseAsync(JobClaim claim, CancellationToken ct);
}
