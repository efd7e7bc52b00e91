using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>The weekly summary's user-facing text (SummaryStrings.resx, German in .de.resx).</summary>
public static class SummaryTexts
{
    public const string CommandDescription = "Command.Description";
    public const string RefusedNotManager = "Refused.NotManager";
    public const string RefusedNoTenant = "Refused.NoTenant";
    public const string QueryNoSuchWeek = "Query.NoSuchWeek";
    public const string QueryFutureWeek = "Query.FutureWeek";
    public const string RefusedGroup = "Refused.Group";
    public const string TitleWorkspace = "Title.Workspace";
    public const string TitleTeam = "Title.Team";
    public const string PushedIntro = "Pushed.Intro";
    public const string Empty = "Empty";
    public const string EmptyTeam = "Empty.Team";
    public const string FactHitRate = "Fact.HitRate";
    public const string FactHitRateValue = "Fact.HitRate.Value";
    public const string FactHitRateNone = "Fact.HitRate.None";
    public const string FactResponseRate = "Fact.ResponseRate";
    public const string FactResponseRateValue = "Fact.ResponseRate.Value";
    public const string FactResponseRateNone = "Fact.ResponseRate.None";
    public const string FactResponseRateTeam = "Fact.ResponseRate.Team";
    public const string FactChange = "Fact.Change";
    public const string ChangeHitRate = "Change.HitRate";
    public const string ChangeHitRateNone = "Change.HitRate.None";
    public const string ChangeVotes = "Change.Votes";
    public const string ChangeResponseRate = "Change.ResponseRate";
    public const string ChangePrevious = "Change.Previous";
    public const string ChartAlt = "Chart.Alt";
    public const string ChartAltWeek = "Chart.AltWeek";
    public const string ChartAltRate = "Chart.AltRate";
    public const string ChartUnavailable = "Chart.Unavailable";
    public const string SectionAgents = "Section.Agents";
    public const string SectionTeams = "Section.Teams";
    public const string SectionElements = "Section.Elements";
    public const string BreakdownRow = "Breakdown.Row";
    public const string BreakdownBelowMinimum = "Breakdown.BelowMinimum";
    public const string BreakdownNoneListed = "Breakdown.NoneListed";
    public const string BreakdownNoElements = "Breakdown.NoElements";
    public const string BreakdownTeamOnly = "Breakdown.TeamOnly";
    public const string SectionComments = "Section.Comments";
    public const string CommentsNone = "Comments.None";
    public const string CommentsLine = "Comments.Line";
    public const string FormatDay = "Format.Day";
    public const string FormatDayYear = "Format.DayYear";
    public const string FormatCommentDay = "Format.CommentDay";
    public const string SectionDecisions = "Section.Decisions";
    public const string DecisionsNone = "Decisions.None";
    public const string DecisionsRow = "Decisions.Row";
    public const string StatusPending = "Status.Pending";
    public const string StatusProceed = "Status.Proceed";
    public const string StatusRevise = "Status.Revise";
    public const string StatusDrop = "Status.Drop";
    public const string SectionClosedLoops = "Section.ClosedLoops";
    public const string ClosedLoopsNone = "ClosedLoops.None";
    public const string ClosedLoopsRow = "ClosedLoops.Row";
    public const string ClosedLoopsRate = "ClosedLoops.Rate";
    public const string ClosedLoopsRateNone = "ClosedLoops.RateNone";
    public const string SectionPrivacy = "Section.Privacy";
    public const string PrivacyText = "Privacy.Text";
    public const string LinkCsv = "Link.Csv";
    public const string VerdictHit = "Verdict.Hit";
    public const string VerdictMiss = "Verdict.Miss";

    public const string BaseName = "FeedbackBot.Conversations.Summaries.SummaryStrings";

    /// <summary>The resources, for the command's help line.</summary>
    public static ResourceManager Resources { get; } = new(BaseName, typeof(SummaryTexts).Assembly);

    private static readonly ResourceText Text = new(Resources);

    public static string Get(string key, CultureInfo culture) => Text.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Text.Format(key, culture, args);
}
