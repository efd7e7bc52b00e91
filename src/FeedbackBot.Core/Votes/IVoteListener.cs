namespace FeedbackBot.Core.Votes;

/// <summary>
/// Told about every accepted vote and every comment added to one, after they are stored (the MISS
/// alert, the outgoing webhook). A listener that fails is logged by the caller and never costs the
/// customer their vote.
/// </summary>
public interface IVoteListener
{
    Task OnVoteAsync(VoteEvent voteEvent, CancellationToken ct);
}

/// <summary>A stored vote, the request it answers, and what just happened to it.</summary>
public sealed record VoteEvent(VoteEventKind Kind, Vote Vote, FeedbackRequest Request);

/// <summary>What happened to a vote.</summary>
public enum VoteEventKind
{
    /// <summary>A first vote, or a re-vote that replaced the earlier one.</summary>
    Recorded,

    /// <summary>The customer added why (a comment and/or a service element).</summary>
    DetailsAdded,
}
