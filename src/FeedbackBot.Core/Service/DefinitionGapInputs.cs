namespace FeedbackBot.Core.Service;

/// <summary>What the definition gap is computed from, besides the vote figures: the tenant's statement, elements and rankings.</summary>
public sealed record DefinitionGapInputs(ServiceStatement? Statement, IReadOnlyList<ServiceElement> Elements, ElementRankingSummary Rankings)
{
    /// <summary>The gap of these inputs against <paramref name="votes"/>.</summary>
    public DefinitionGap Compute(ElementVoteFigures votes) => DefinitionGapCalculator.Compute(Statement, Elements, Rankings, votes);
}
