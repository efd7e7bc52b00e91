using FeedbackBot.Core.Service;

namespace FeedbackBot.Conversations.Service;

/// <summary>
/// Where a customer is in the definition survey. The elements (id and name as asked) are fixed
/// when it begins, so an admin's edit mid-survey cannot shift the questions under the customer.
/// </summary>
public sealed record SurveyState(
    string Quarter,
    IReadOnlyList<SurveyElement> Elements,
    IReadOnlyDictionary<string, ElementImportance> Rankings,
    SurveyStep Step,
    int Index,
    DateTimeOffset? PreviouslyAnsweredAt = null);

/// <summary>An element as the survey asks about it.</summary>
public sealed record SurveyElement(string Id, string Name, bool IsDefaultName);

/// <summary>The question the survey waits on.</summary>
public enum SurveyStep
{
    /// <summary>"You already answered this quarter. Answer again?"</summary>
    ConfirmRetake,

    /// <summary>How important is element <see cref="SurveyState.Index"/>?</summary>
    Rank,

    /// <summary>"What does excellent service mean to you?"</summary>
    Text,
}
