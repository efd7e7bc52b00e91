using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// A customer's verdict on one interaction. There is one per interaction: a changed mind
/// replaces it. It is filed under the week of its feedback request, so a late vote still counts
/// against the requests it answers.
/// </summary>
public sealed record Vote
{
    public required string Tenant { get; init; }
    public required IsoWeek Week { get; init; }
    public required string InteractionId { get; init; }
    public required string RequestId { get; init; }
    public required Verdict Verdict { get; init; }

    /// <summary>Why (MISS: what should we have done differently; HIT: what made it work). Optional.</summary>
    public string? Comment { get; init; }

    /// <summary>The service element the customer named (an element id), if any.</summary>
    public string? ElementId { get; init; }

    public required string AgentId { get; init; }
    public string? AgentName { get; init; }
    public string? Team { get; init; }

    /// <summary>The customer's id; <c>null</c> once the customer asked to be forgotten (the vote then stays as an anonymous count).</summary>
    public string? CustomerId { get; init; }

    /// <summary>Where the vote came from: <c>link</c>, <c>webchat</c>, <c>msteams</c>, <c>slack</c>, ...</summary>
    public required string Via { get; init; }

    public required DateTimeOffset VotedAt { get; init; }

    /// <summary>The staff member who took the follow-up of a MISS, if anyone did.</summary>
    public string? FollowUpBy { get; init; }
    public DateTimeOffset? FollowUpAt { get; init; }

    /// <summary>
    /// The last change of this vote that moved a count: its <see cref="CountIntent"/>, while it
    /// exists, means the change is not in the week's aggregate yet.
    /// </summary>
    public string? ChangeId { get; init; }
}
