namespace FeedbackBot.Core.Service;

/// <summary>
/// One customer's answers to the definition survey in one quarter. A customer has at most one
/// set per quarter: a newer one replaces the older. Saved after every answer, so a customer who
/// stops can resume where they left off (<see cref="Completed"/> is false until the end).
/// </summary>
/// <param name="Tenant">The workspace the customer answered for.</param>
/// <param name="CustomerId">The customer, as the channel identifies them.</param>
/// <param name="Quarter">The quarter the set belongs to.</param>
/// <param name="Rankings">Element id → how much it matters to this customer.</param>
/// <param name="ExcellentService">"What excellent service means to you", in their words, if given.</param>
/// <param name="Completed">True once the customer reached the end of the survey.</param>
/// <param name="UpdatedAt">When the set last changed.</param>
public sealed record SurveyAnswerSet(
    string Tenant,
    string CustomerId,
    Quarter Quarter,
    IReadOnlyDictionary<string, ElementImportance> Rankings,
    string? ExcellentService,
    bool Completed,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The longest free-text answer kept.</summary>
    public const int MaxTextLength = 1000;
}
