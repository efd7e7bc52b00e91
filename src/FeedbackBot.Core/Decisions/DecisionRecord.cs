using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Decisions;

/// <summary>
/// One decision check: what someone was about to decide, how they expected customers to react,
/// the evidence they saw, what they chose to do, and (once the loop closes) how customers
/// actually reacted. Records are immutable; changes go through <see cref="IDecisionLog.UpdateAsync"/>.
/// </summary>
public sealed record DecisionRecord
{
    /// <summary>The workspace (Teams tenant, Slack team, or <c>default</c>).</summary>
    public required string Tenant { get; init; }

    /// <summary>Unique within the tenant; short enough for a button value.</summary>
    public required string Id { get; init; }

    /// <summary>The user who ran the check, and the one asked to close the loop.</summary>
    public required string OwnerId { get; init; }

    public string? OwnerName { get; init; }

    /// <summary>The channel the check ran on (<c>msteams</c>, <c>slack</c>, <c>webchat</c>, ...).</summary>
    public required string Channel { get; init; }

    /// <summary>The conversation the check ran in.</summary>
    public required string ConversationId { get; init; }

    /// <summary>The owner's language when the check ran (BCP-47), for the follow-up days later.</summary>
    public string? Locale { get; init; }

    /// <summary>What the owner was about to decide, in their words.</summary>
    public required string Decision { get; init; }

    /// <summary>Ids of the service elements the decision touches (from the workspace's list).</summary>
    public IReadOnlyList<string> Elements { get; init; } = [];

    /// <summary>Touched aspects not on the workspace's list ("other"), in the owner's words.</summary>
    public string? OtherElement { get; init; }

    public required Verdict PredictedReaction { get; init; }

    /// <summary>Why the owner expects that reaction.</summary>
    public required string ReactionReason { get; init; }

    public required bool FindsValue { get; init; }

    /// <summary>The value customers will find, or why they will find none.</summary>
    public required string ValueReason { get; init; }

    public required bool CustomersAsked { get; init; }

    /// <summary>What the bot knew about the touched elements when the check ran.</summary>
    public IReadOnlyList<ElementEvidence> Evidence { get; init; } = [];

    /// <summary>The service statement shown, or <c>null</c> when the workspace had none.</summary>
    public string? Statement { get; init; }

    /// <summary>Whether the decision honours the statement; <c>null</c> when there was none to honour.</summary>
    public bool? HonoursStatement { get; init; }

    public DecisionStatus Status { get; init; } = DecisionStatus.Pending;

    /// <summary>Teammates' own predictions, one per person (a changed mind replaces it).</summary>
    public IReadOnlyList<TeamPrediction> TeamPredictions { get; init; } = [];

    /// <summary>Where the result card was posted, so it can be updated in place.</summary>
    public PostedMessage? ResultMessage { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When to ask the owner how customers reacted (not asked for a dropped decision).</summary>
    public required DateTimeOffset FollowUpDueAt { get; init; }

    /// <summary>When the follow-up question was sent; set once.</summary>
    public DateTimeOffset? FollowUpSentAt { get; init; }

    /// <summary>How customers actually reacted, once the owner said so.</summary>
    public Verdict? ActualReaction { get; init; }

    public DateTimeOffset? ActualRecordedAt { get; init; }

    /// <summary>The recommendation the answers lead to (derived, never stored on its own).</summary>
    public DecisionRecommendation Recommendation => DecisionRecommendation.For(PredictedReaction, FindsValue, HonoursStatement);

    /// <summary>Adds or replaces <paramref name="prediction"/>'s author's prediction.</summary>
    public DecisionRecord WithTeamPrediction(TeamPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        var others = TeamPredictions.Where(p => p.UserId != prediction.UserId);
        return this with { TeamPredictions = [.. others, prediction] };
    }

    /// <summary>Whether the owner should be asked how customers reacted, now or later.</summary>
    public bool AwaitsFollowUp => Status != DecisionStatus.Drop && FollowUpSentAt is null && ActualReaction is null;

    /// <summary>Records how customers actually reacted; a later answer replaces an earlier one.</summary>
    public DecisionRecord WithActualReaction(Verdict actual, DateTimeOffset now) =>
        this with { ActualReaction = actual, ActualRecordedAt = now };
}
