namespace FeedbackBot.Conversations.Decisions;

/// <summary>The card actions of decision checks and the keys of their button data (stored in sent cards: keep stable).</summary>
internal static class DecisionActionIds
{
    public const string Status = "decision.status";
    public const string Predict = "decision.predict";
    public const string Actual = "decision.actual";

    public const string DecisionKey = "decision";
    public const string StatusKey = "status";
    public const string VerdictKey = "verdict";

    public const string Hit = "hit";
    public const string Miss = "miss";

    public static string Of(Core.Votes.Verdict verdict) => verdict == Core.Votes.Verdict.Hit ? Hit : Miss;

    public static string Of(Core.Decisions.DecisionStatus status) => status switch
    {
        Core.Decisions.DecisionStatus.Proceed => "proceed",
        Core.Decisions.DecisionStatus.Revise => "revise",
        Core.Decisions.DecisionStatus.Drop => "drop",
        _ => "pending",
    };

    /// <summary>The status a button sends; <c>null</c> for anything else (button data is user input).</summary>
    public static Core.Decisions.DecisionStatus? ParseStatus(string? value) => value switch
    {
        "proceed" => Core.Decisions.DecisionStatus.Proceed,
        "revise" => Core.Decisions.DecisionStatus.Revise,
        "drop" => Core.Decisions.DecisionStatus.Drop,
        _ => null,
    };

    public static Core.Votes.Verdict? ParseVerdict(string? value) => value switch
    {
        Hit => Core.Votes.Verdict.Hit,
        Miss => Core.Votes.Verdict.Miss,
        _ => null,
    };
}
