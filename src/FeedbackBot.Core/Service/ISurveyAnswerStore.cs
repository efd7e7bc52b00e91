namespace FeedbackBot.Core.Service;

/// <summary>Port for definition-survey answer sets, one per tenant, customer and quarter.</summary>
public interface ISurveyAnswerStore
{
    /// <summary>Inserts the set, or replaces the customer's set for the same quarter.</summary>
    Task SaveAsync(SurveyAnswerSet answers, CancellationToken ct);

    /// <summary>The customer's set for the quarter, or <c>null</c>.</summary>
    Task<SurveyAnswerSet?> FindAsync(string tenant, Quarter quarter, string customerId, CancellationToken ct);

    /// <summary>Every set of the tenant in the quarter (never another tenant's).</summary>
    Task<IReadOnlyList<SurveyAnswerSet>> ListAsync(string tenant, Quarter quarter, CancellationToken ct);
}
