namespace FeedbackBot.Core.Configuration;

/// <summary>
/// The <c>FeedbackBot</c> configuration section (ARCHITECTURE.md lists the keys): a plain POCO the
/// host binds, so Core rules can read settings without knowing about configuration providers.
/// </summary>
public sealed class FeedbackBotOptions
{
    /// <summary>The configuration section this class is bound from.</summary>
    public const string SectionName = "FeedbackBot";

    /// <summary>Where links and chart images point (the bot's public address).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Keys accepted by <c>POST /api/interactions</c>.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>User ids that are managers in every tenant (admins can add more in chat).</summary>
    public IList<string> Managers { get; } = [];

    /// <summary>User ids that are admins in every tenant (admins can add more in chat).</summary>
    public IList<string> Admins { get; } = [];

    /// <summary>IANA time zone of the workspace (weeks, quarters, the weekly push).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>When the weekly summary is pushed, e.g. "Monday 09:00".</summary>
    public string SummarySchedule { get; set; } = "Monday 09:00";

    /// <summary>Days after a decision check before the bot asks how customers actually reacted.</summary>
    public int DecisionFollowUpDays { get; set; } = 14;

    /// <summary>After a vote, 1 in this many interactions invites the customer to the definition survey (0: never).</summary>
    public int SurveyEveryNthVote { get; set; } = 10;
}
