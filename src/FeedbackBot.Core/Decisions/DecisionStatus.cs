namespace FeedbackBot.Core.Decisions;

/// <summary>What the owner chose to do after the check.</summary>
public enum DecisionStatus
{
    /// <summary>The owner has not said yet.</summary>
    Pending,
    Proceed,
    Revise,
    Drop,
}
