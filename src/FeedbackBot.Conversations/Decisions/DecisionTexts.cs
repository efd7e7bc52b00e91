using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// The decision check's user-facing text (DecisionStrings.resx, German in .de.resx). Keys are
/// constants so a typo fails at compile time.
/// </summary>
internal static class DecisionTexts
{
    public const string CommandDescription = "Decision.Command.Description";
    public const string Help = "Decision.Help";
    public const string FormTitle = "Decision.Form.Title";
    public const string DecisionAsk = "Decision.Decision.Ask";
    public const string DecisionLabel = "Decision.Decision.Label";
    public const string DecisionHelp = "Decision.Decision.Help";
    public const string DecisionTooLong = "Decision.Decision.TooLong";
    public const string ElementsAsk = "Decision.Elements.Ask";
    public const string ElementsLabel = "Decision.Elements.Label";
    public const string ElementsOther = "Decision.Elements.Other";
    public const string ElementsHelp = "Decision.Elements.Help";
    public const string OtherAsk = "Decision.Other.Ask";
    public const string OtherLabel = "Decision.Other.Label";
    public const string ReactionAsk = "Decision.Reaction.Ask";
    public const string ReactionLabel = "Decision.Reaction.Label";
    public const string ReactionHelp = "Decision.Reaction.Help";
    public const string VerdictHit = "Decision.Verdict.Hit";
    public const string VerdictMiss = "Decision.Verdict.Miss";
    public const string ReactionWhyAsk = "Decision.ReactionWhy.Ask";
    public const string ReactionWhyLabel = "Decision.ReactionWhy.Label";
    public const string ValueAsk = "Decision.Value.Ask";
    public const string ValueLabel = "Decision.Value.Label";
    public const string ValueWhatAskYes = "Decision.ValueWhat.AskYes";
    public const string ValueWhatAskNo = "Decision.ValueWhat.AskNo";
    public const string ValueWhatLabel = "Decision.ValueWhat.Label";
    public const string AskedAsk = "Decision.Asked.Ask";
    public const string AskedLabel = "Decision.Asked.Label";
    public const string EvidenceTitle = "Decision.Evidence.Title";
    public const string EvidenceNone = "Decision.Evidence.None";
    public const string EvidenceVotes = "Decision.Evidence.Votes";
    public const string EvidenceNoVotes = "Decision.Evidence.NoVotes";
    public const string EvidenceRankings = "Decision.Evidence.Rankings";
    public const string EvidenceNoRankings = "Decision.Evidence.NoRankings";
    public const string HonoursAsk = "Decision.Honours.Ask";
    public const string HonoursLabel = "Decision.Honours.Label";
    public const string StatementTitle = "Decision.Statement.Title";
    public const string StatementNone = "Decision.Statement.None";
    public const string StatementHonoured = "Decision.Statement.Honoured";
    public const string StatementNotHonoured = "Decision.Statement.NotHonoured";
    public const string ResultGo = "Decision.Result.Go";
    public const string ResultRethink = "Decision.Result.Rethink";
    public const string ResultGoReason = "Decision.Result.GoReason";
    public const string ResultRethinkBecause = "Decision.Result.RethinkBecause";
    public const string ReasonPredictedMiss = "Decision.Reason.PredictedMiss";
    public const string ReasonNoValue = "Decision.Reason.NoValue";
    public const string ReasonBreaksStatement = "Decision.Reason.BreaksStatement";
    public const string FactDecision = "Decision.Fact.Decision";
    public const string FactOwner = "Decision.Fact.Owner";
    public const string FactElements = "Decision.Fact.Elements";
    public const string FactReaction = "Decision.Fact.Reaction";
    public const string FactValue = "Decision.Fact.Value";
    public const string FactAsked = "Decision.Fact.Asked";
    public const string FactEvidence = "Decision.Fact.Evidence";
    public const string FactStatement = "Decision.Fact.Statement";
    public const string FactTeam = "Decision.Fact.Team";
    public const string FactStatus = "Decision.Fact.Status";
    public const string FactActual = "Decision.Fact.Actual";
    public const string AnswerYes = "Decision.Answer.Yes";
    public const string AnswerNo = "Decision.Answer.No";
    public const string AnswerWithReason = "Decision.Answer.WithReason";
    public const string TeamNone = "Decision.Team.None";
    public const string TeamCounts = "Decision.Team.Counts";
    public const string TeamPredictHit = "Decision.Team.PredictHit";
    public const string TeamPredictMiss = "Decision.Team.PredictMiss";
    public const string StatusPending = "Decision.Status.Pending";
    public const string StatusProceed = "Decision.Status.Proceed";
    public const string StatusRevise = "Decision.Status.Revise";
    public const string StatusDrop = "Decision.Status.Drop";
    public const string StatusRecorded = "Decision.Status.Recorded";
    public const string StatusRecordedDrop = "Decision.Status.RecordedDrop";
    public const string StatusOwnerOnly = "Decision.Status.OwnerOnly";
    public const string TeamOwnerAlready = "Decision.Team.OwnerAlready";
    public const string TeamRecorded = "Decision.Team.Recorded";
    public const string NotFound = "Decision.NotFound";
    public const string Saved = "Decision.Saved";
    public const string FollowUpTitle = "Decision.FollowUp.Title";
    public const string FollowUpText = "Decision.FollowUp.Text";
    public const string FollowUpRecorded = "Decision.FollowUp.Recorded";
    public const string FollowUpAsPredicted = "Decision.FollowUp.AsPredicted";
    public const string FollowUpNotAsPredicted = "Decision.FollowUp.NotAsPredicted";
    public const string FollowUpOwnerOnly = "Decision.FollowUp.OwnerOnly";
    public const string ListTitle = "Decision.List.Title";
    public const string ListEmpty = "Decision.List.Empty";
    public const string ListLine = "Decision.List.Line";
    public const string ListSummary = "Decision.List.Summary";
    public const string ListGo = "Decision.List.Go";
    public const string ListRethink = "Decision.List.Rethink";
    public const string ListFollowUpDue = "Decision.List.FollowUpDue";
    public const string ListFollowUpSent = "Decision.List.FollowUpSent";
    public const string ListActual = "Decision.List.Actual";
    public const string ListNoFollowUp = "Decision.List.NoFollowUp";
    public const string ListWords = "Decision.List.Words";

    /// <summary>Prefix of the localized names of the seeded service elements, by element id.</summary>
    public const string ElementNamePrefix = "Decision.Element.";

    public const string BaseName = "FeedbackBot.Conversations.Decisions.DecisionStrings";

    public static readonly ResourceManager Manager = new(BaseName, typeof(DecisionTexts).Assembly);

    private static readonly ResourceText Resources = new(Manager);

    public static string Get(string key, CultureInfo culture) => Resources.Get(key, culture);

    /// <summary>The seeded element's name in <paramref name="culture"/>, or <c>null</c> for an element admins added.</summary>
    public static string? ElementName(string elementId, CultureInfo culture) => Manager.GetString(ElementNamePrefix + elementId, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Resources.Format(key, culture, args);
}
