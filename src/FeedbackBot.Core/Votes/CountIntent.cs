using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// A change to one week's aggregate that is not in it yet. It is stored before the vote (or
/// request) row it stands for, next to the aggregate it changes, and applied together with its own
/// deletion in one store transaction: so the change is counted exactly once, by whoever applies it
/// first (the recorder, the next writer of the same vote, or the repair job), and a crash at any
/// point leaves either the intent (still to count) or nothing (counted).
/// </summary>
public sealed record CountIntent
{
    public required string Tenant { get; init; }
    public required IsoWeek Week { get; init; }

    /// <summary>Unique per change; the vote or request row written with it carries the same id.</summary>
    public required string ChangeId { get; init; }

    public required string InteractionId { get; init; }
    public required CountIntentKind Kind { get; init; }

    /// <summary>What the replaced vote counted (<see cref="CountIntentKind.Vote"/> only; <c>null</c> for a first vote).</summary>
    public CountedVote? Before { get; init; }

    /// <summary>What the new vote counts (<see cref="CountIntentKind.Vote"/> only).</summary>
    public CountedVote? After { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary><paramref name="aggregate"/> with this change applied.</summary>
    public WeeklyAggregate ApplyTo(WeeklyAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (Kind == CountIntentKind.Request)
        {
            return aggregate with { Requests = aggregate.Requests + 1 };
        }

        var without = Before is null ? aggregate : VoteTally.Count(aggregate, Before, -1);
        return After is null ? without : VoteTally.Count(without, After, +1);
    }
}

/// <summary>What a <see cref="CountIntent"/> counts.</summary>
public enum CountIntentKind
{
    /// <summary>A vote, or a change of one that moves a count (verdict, element, agent, team).</summary>
    Vote,

    /// <summary>A request sent to a customer: one more in the week's "requests".</summary>
    Request,
}

/// <summary>
/// The part of a vote the aggregate counts (see <see cref="VoteTally"/>): no comment, no customer,
/// so an intent row stays small.
/// </summary>
public sealed record CountedVote(Verdict Verdict, string AgentId, string? AgentName, string? Team, string? ElementId)
{
    /// <summary>What <paramref name="vote"/> counts.</summary>
    public static CountedVote Of(Vote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return new CountedVote(vote.Verdict, vote.AgentId, vote.AgentName, vote.Team, vote.ElementId);
    }

    /// <summary>
    /// Whether replacing this with <paramref name="other"/> moves no count. The agent's display
    /// name is only a label (the aggregate keeps the latest one seen), so it does not count.
    /// </summary>
    public bool CountsLike(CountedVote other) =>
        other is not null && Verdict == other.Verdict && AgentId == other.AgentId && Team == other.Team && ElementId == other.ElementId;
}
