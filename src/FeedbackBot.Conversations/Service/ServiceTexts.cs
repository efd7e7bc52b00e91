using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Conversations.Service;

/// <summary>The service feature's user-facing text (ServiceStrings.resx, German in .de.resx); keys are constants so a typo fails to compile.</summary>
internal static class ServiceTexts
{
    public const string StatementCommandDescription = "Statement.Command.Description";
    public const string StatementNone = "Statement.None";
    public const string StatementTitle = "Statement.Title";
    public const string StatementChangedBy = "Statement.ChangedBy";
    public const string StatementChangedAt = "Statement.ChangedAt";
    public const string StatementCovers = "Statement.Covers";
    public const string StatementCoversNothing = "Statement.CoversNothing";
    public const string StatementUsage = "Statement.Usage";
    public const string StatementNotAdmin = "Statement.NotAdmin";
    public const string StatementSetAsk = "Statement.Set.Ask";
    public const string StatementSetLabel = "Statement.Set.Label";
    public const string StatementSetSave = "Statement.Set.Save";
    public const string StatementSetTooLong = "Statement.Set.TooLong";
    public const string StatementSetDone = "Statement.Set.Done";
    public const string StatementHistoryTitle = "Statement.History.Title";
    public const string StatementHistoryEntry = "Statement.History.Entry";
    public const string ElementsTitle = "Elements.Title";
    public const string ElementsEntry = "Elements.Entry";
    public const string ElementsMarkCovered = "Elements.Mark.Covered";
    public const string ElementsMarkRetired = "Elements.Mark.Retired";
    public const string ElementsUsage = "Elements.Usage";
    public const string ElementsAdded = "Elements.Added";
    public const string ElementsRenamed = "Elements.Renamed";
    public const string ElementsRetiredDone = "Elements.RetiredDone";
    public const string ElementsRestored = "Elements.Restored";
    public const string ElementsCoveredDone = "Elements.CoveredDone";
    public const string ElementsUncoveredDone = "Elements.UncoveredDone";
    public const string ElementsUnchanged = "Elements.Unchanged";
    public const string ElementsNotFound = "Elements.NotFound";
    public const string ElementsNameTaken = "Elements.NameTaken";
    public const string ElementsInvalidName = "Elements.InvalidName";
    public const string ElementsTooMany = "Elements.TooMany";
    public const string ElementsConflict = "Elements.Conflict";
    public const string ElementsCoverAsk = "Elements.Cover.Ask";
    public const string ElementsCoverLabel = "Elements.Cover.Label";
    public const string ElementsCoverRetry = "Elements.Cover.Retry";
    public const string ElementsCoverDone = "Elements.Cover.Done";
    public const string ElementsCoverNothing = "Elements.Cover.Nothing";
    public const string GapTitle = "Gap.Title";
    public const string GapNoData = "Gap.NoData";
    public const string GapNoStatement = "Gap.NoStatement";
    public const string GapBasis = "Gap.Basis";
    public const string GapBlindspot = "Gap.Blindspot";
    public const string GapBrokenPromise = "Gap.BrokenPromise";
    public const string GapOverpromise = "Gap.Overpromise";
    public const string GapMissShare = "Gap.MissShare";
    public const string GapNoGaps = "Gap.NoGaps";
    public const string GapRow = "Gap.Row";
    public const string GapViewCrucial = "Gap.View.Crucial";
    public const string GapViewImportant = "Gap.View.Important";
    public const string GapViewMinor = "Gap.View.Minor";
    public const string GapViewUnranked = "Gap.View.Unranked";
    public const string GapCovered = "Gap.Covered";
    public const string GapNotCovered = "Gap.NotCovered";
    public const string GapVotes = "Gap.Votes";
    public const string GapNoVotes = "Gap.NoVotes";
    public const string InviteLink = "Invite.Link";
    public const string InviteNoLink = "Invite.NoLink";
    public const string SurveyCommandDescription = "Survey.Command.Description";
    public const string SurveyIntro = "Survey.Intro";
    public const string SurveyResume = "Survey.Resume";
    public const string SurveyRetakeAsk = "Survey.Retake.Ask";
    public const string SurveyRetakeKept = "Survey.Retake.Kept";
    public const string SurveyRankAsk = "Survey.Rank.Ask";
    public const string SurveyRankRetry = "Survey.Rank.Retry";
    public const string SurveyRankHelp = "Survey.Rank.Help";
    public const string SurveyChoiceCrucial = "Survey.Choice.Crucial";
    public const string SurveyChoiceImportant = "Survey.Choice.Important";
    public const string SurveyChoiceNiceToHave = "Survey.Choice.NiceToHave";
    public const string SurveyChoiceNotImportant = "Survey.Choice.NotImportant";
    public const string SurveyTextAsk = "Survey.Text.Ask";
    public const string SurveyTextSkip = "Survey.Text.Skip";
    public const string SurveyTextTooLong = "Survey.Text.TooLong";
    public const string SurveyThanks = "Survey.Thanks";
    public const string SurveyPaused = "Survey.Paused";
    public const string SurveyNoElements = "Survey.NoElements";
    public const string SurveyInvitationText = "Survey.Invitation.Text";
    public const string SurveyInvitationButton = "Survey.Invitation.Button";
    public const string AdminCommandDescription = "Admin.Command.Description";
    public const string AdminNotAdmin = "Admin.NotAdmin";
    public const string AdminListTitle = "Admin.List.Title";
    public const string AdminListAdmins = "Admin.List.Admins";
    public const string AdminListManagers = "Admin.List.Managers";
    public const string AdminListNone = "Admin.List.None";
    public const string AdminListConfigured = "Admin.List.Configured";
    public const string AdminUsage = "Admin.Usage";
    public const string AdminUserUnclear = "Admin.UserUnclear";
    public const string AdminRoleAdmin = "Admin.Role.Admin";
    public const string AdminRoleManager = "Admin.Role.Manager";
    public const string AdminGranted = "Admin.Granted";
    public const string AdminAlreadyHeld = "Admin.AlreadyHeld";
    public const string AdminRevoked = "Admin.Revoked";
    public const string AdminNotHeld = "Admin.NotHeld";
    public const string AdminConfigured = "Admin.Configured";
    public const string AdminLastAdmin = "Admin.LastAdmin";

    public const string BaseName = "FeedbackBot.Conversations.Service.ServiceStrings";

    public static ResourceManager Manager { get; } = new(BaseName, typeof(ServiceTexts).Assembly);

    private static readonly ResourceText Resources = new(Manager);

    public static string Get(string key, CultureInfo culture) => Resources.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Resources.Format(key, culture, args);

    /// <summary>The localized name of a seeded element, or <c>null</c> for an id that was never seeded.</summary>
    public static string? SeededElementName(string id, CultureInfo culture) => Manager.GetString("Element." + id, culture);
}
