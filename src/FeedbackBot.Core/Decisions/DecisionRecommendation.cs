using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Decisions;

/// <summary>
/// Go only when customers are expected to react with a HIT, find value, and the decision honours
/// the service statement; otherwise rethink, naming every answer that drove it.
/// </summary>
public sealed record DecisionRecommendation(bool Go, RethinkReasons Reasons)
{
    /// <summary>
    /// Derives the recommendation. A workspace without a service statement
    /// (<paramref name="honoursStatement"/> <c>null</c>) does not block a go.
    /// </summary>
    public static DecisionRecommendation For(Verdict predicted, bool findsValue, bool? honoursStatement)
    {
        var reasons = RethinkReasons.None;
        if (predicted == Verdict.Miss) reasons |= RethinkReasons.PredictedMiss;
        if (!findsValue) reasons |= RethinkReasons.NoValue;
        if (honoursStatement == false) reasons |= RethinkReasons.BreaksStatement;
        return new DecisionRecommendation(reasons == RethinkReasons.None, reasons);
    }
}
