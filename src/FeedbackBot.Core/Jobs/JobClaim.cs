namespace FeedbackBot.Core.Jobs;

/// <summary>
/// A live claim on one unit of once-only work (see <see cref="IJobLease"/>).
/// </summary>
/// <param name="Job">The job's name, e.g. <c>decision-follow-up</c>.</param>
/// <param name="Key">The unit within the job.</param>
/// <param name="ClaimId">Unique per claim: tells this holder apart from a later one.</param>
/// <param name="ExpiresAt">When the claim lapses and another instance may take the unit.</param>
public sealed record JobClaim(string Job, string Key, string ClaimId, DateTimeOffset ExpiresAt);
