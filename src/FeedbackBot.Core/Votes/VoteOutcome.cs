namespace FeedbackBot.Core.Votes;

/// <summary>How recording a vote (or its details) went.</summary>
public enum VoteStatus
{
    /// <summary>Stored and counted.</summary>
    Accepted,

    /// <summary>No request exists for the interaction (or the customer was never asked).</summary>
    NotFound,

    /// <summary>The request expired; nothing was stored.</summary>
    Expired,

    /// <summary>Details were sent for an interaction that has no vote yet.</summary>
    NoVote,
}

/// <summary>The result of recording a vote: the stored vote when accepted, and whether it replaced one.</summary>
/// <param name="DeferredFailure">
/// What failed after the vote was stored (counting it, marking the request answered): the vote
/// stands and the repair job counts it; the caller logs this.
/// </param>
public sealed record VoteOutcome(VoteStatus Status, Vote? Vote = null, FeedbackRequest? Request = null, bool Replaced = false, Exception? DeferredFailure = null);
