namespace FeedbackBot.Core.Votes;

/// <summary>An interaction someone wants the customer's HIT/MISS on (from the helpdesk API or staff in chat).</summary>
public sealed record NewInteraction(
    string Tenant,
    string InteractionId,
    FeedbackCustomer Customer,
    FeedbackAgent Agent,
    string? Team,
    DateTimeOffset OccurredAt,
    string RequestedBy,
    string? Note = null);

/// <summary>The request an interaction got, and whether this call created it (false: it existed already).</summary>
public sealed record RequestCreation(FeedbackRequest Request, bool Created)
{
    /// <summary>What failed after the request was stored (counting it): the request stands and the repair job counts it; the caller logs this.</summary>
    public Exception? DeferredFailure { get; init; }
}
