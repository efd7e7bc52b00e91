namespace FeedbackBot.Core.Votes;

/// <summary>
/// How a customer perceived an encounter. There is deliberately no neutral value: indifference
/// counts as a miss.
/// </summary>
public enum Verdict
{
    /// <summary>A positive perception.</summary>
    Hit,

    /// <summary>A negative (or indifferent) perception.</summary>
    Miss,
}
