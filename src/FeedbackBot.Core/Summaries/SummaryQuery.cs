using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Summaries;

/// <summary>Which summary a manager asked for: one ISO week, the whole workspace or one team.</summary>
/// <param name="Week">The week to summarize.</param>
/// <param name="Team">The team to narrow to (as the user typed it), or <c>null</c> for the whole workspace.</param>
public sealed record SummaryQuery(IsoWeek Week, string? Team = null);
