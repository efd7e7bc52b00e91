namespace FeedbackBot.Core.Service;

/// <summary>
/// Decides when a customer is invited to the definition survey, so invitations by staff, by the
/// helpdesk API and after votes follow one set of rules.
/// </summary>
public interface ISurveyInvitations
{
    /// <summary>
    /// Called after a customer's vote was recorded: true when this vote should be followed by an
    /// invitation (1 in N votes, and never when the customer already answered this quarter).
    /// </summary>
    Task<bool> ShouldInviteAfterVoteAsync(string tenant, string customerId, string interactionId, CancellationToken ct);

    /// <summary>True when the customer has not yet completed the survey this quarter.</summary>
    Task<bool> CanInviteAsync(string tenant, string customerId, CancellationToken ct);
}
