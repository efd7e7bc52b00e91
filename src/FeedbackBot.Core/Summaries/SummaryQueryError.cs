namespace FeedbackBot.Core.Summaries;

/// <summary>Why a summary request could not be read, so the bot can say what it expected.</summary>
public enum SummaryQueryError
{
    /// <summary>The request was read.</summary>
    None,

    /// <summary>Looked like a week ("2026-W54") or a date ("2026-02-30") that does not exist.</summary>
    NoSuchWeekOrDate,

    /// <summary>The week has not begun yet in the workspace's time zone.</summary>
    FutureWeek,
}
