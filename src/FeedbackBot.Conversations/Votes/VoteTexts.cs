using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// The votes feature's user-facing text (VoteStrings.resx, German in .de.resx): the customer's
/// dialog, staff requests, MISS alerts and the one-click link's page. Keys are constants so a typo
/// fails at compile time.
/// </summary>
public static class VoteTexts
{
    public const string CommandFeedbackRequest = "Command.FeedbackRequest";
    public const string CommandStopAsking = "Command.StopAsking";
    public const string CommandForgetMe = "Command.ForgetMe";
    public const string CommandVote = "Command.Vote";
    public const string CommandFollowUp = "Command.FollowUp";
    public const string VoteQuestion = "Vote.Question";
    public const string VoteQuestionNoAgent = "Vote.QuestionNoAgent";
    public const string VoteReminder = "Vote.Reminder";
    public const string VoteHit = "Vote.Hit";
    public const string VoteMiss = "Vote.Miss";
    public const string VoteHelp = "Vote.Help";
    public const string VoteRetry = "Vote.Retry";
    public const string VoteRecorded = "Vote.Recorded";
    public const string VoteReplaced = "Vote.Replaced";
    public const string VoteWhyMiss = "Vote.WhyMiss";
    public const string VoteWhyHit = "Vote.WhyHit";
    public const string VoteSkip = "Vote.Skip";
    public const string VoteElementQuestion = "Vote.ElementQuestion";
    public const string VoteElementOther = "Vote.ElementOther";
    public const string VoteThanks = "Vote.Thanks";
    public const string VoteOptions = "Vote.Options";
    public const string VoteStopAsking = "Vote.StopAsking";
    public const string VoteForgetMe = "Vote.ForgetMe";
    public const string VoteExpired = "Vote.Expired";
    public const string VoteInvalid = "Vote.Invalid";
    public const string VoteSaveFailed = "Vote.SaveFailed";
    public const string VoteYourAnswer = "Vote.YourAnswer";
    public const string StopAskingDone = "StopAsking.Done";
    public const string ForgetMeConfirm = "ForgetMe.Confirm";
    public const string ForgetMeDone = "ForgetMe.Done";
    public const string ForgetMeKept = "ForgetMe.Kept";
    public const string RequestWhoQuestion = "Request.WhoQuestion";
    public const string RequestWhoRetry = "Request.WhoRetry";
    public const string RequestAsked = "Request.Asked";
    public const string RequestNotDelivered = "Request.NotDelivered";
    public const string RequestAlreadyExists = "Request.AlreadyExists";
    public const string RequestSkippedOptedOut = "Request.Skipped.OptedOut";
    public const string RequestSkippedRecentlyAsked = "Request.Skipped.RecentlyAsked";
    public const string RequestSkippedSampledOut = "Request.Skipped.SampledOut";
    public const string RequestOffer = "Request.Offer";
    public const string RequestOfferButton = "Request.OfferButton";
    public const string RequestAnotherButton = "Request.AnotherButton";
    public const string RequestFormTitle = "Request.FormTitle";
    public const string RequestWhoLabel = "Request.WhoLabel";
    public const string RequestWhoPlaceholder = "Request.WhoPlaceholder";
    public const string RequestNoteLabel = "Request.NoteLabel";
    public const string RequestSubmit = "Request.Submit";
    public const string AlertTitle = "Alert.Title";
    public const string AlertText = "Alert.Text";
    public const string AlertDetailsTitle = "Alert.DetailsTitle";
    public const string AlertComment = "Alert.Comment";
    public const string AlertElement = "Alert.Element";
    public const string AlertTeam = "Alert.Team";
    public const string AlertInteraction = "Alert.Interaction";
    public const string AlertNoComment = "Alert.NoComment";
    public const string AlertFollowUp = "Alert.FollowUp";
    public const string AlertTakenBy = "Alert.TakenBy";
    public const string AlertAlreadyTaken = "Alert.AlreadyTaken";
    public const string AlertGone = "Alert.Gone";
    public const string PageTitle = "Page.Title";
    public const string PageRecordedHit = "Page.RecordedHit";
    public const string PageRecordedMiss = "Page.RecordedMiss";
    public const string PageWhyHit = "Page.WhyHit";
    public const string PageWhyMiss = "Page.WhyMiss";
    public const string PageOpenChat = "Page.OpenChat";
    public const string PageChange = "Page.Change";
    public const string PageChangeToHit = "Page.ChangeToHit";
    public const string PageChangeToMiss = "Page.ChangeToMiss";
    public const string PageExpiredTitle = "Page.ExpiredTitle";
    public const string PageExpired = "Page.Expired";
    public const string PageInvalidTitle = "Page.InvalidTitle";
    public const string PageInvalid = "Page.Invalid";
    public const string PageUnavailableTitle = "Page.UnavailableTitle";
    public const string PageFailedTitle = "Page.FailedTitle";
    public const string PageFailed = "Page.Failed";

    public const string BaseName = "FeedbackBot.Conversations.Votes.VoteStrings";

    /// <summary>The resources, for command descriptions.</summary>
    public static ResourceManager Manager { get; } = new(BaseName, typeof(VoteTexts).Assembly);

    private static readonly ResourceText Resources = new(Manager);

    public static string Get(string key, CultureInfo culture) => Resources.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Resources.Format(key, culture, args);

    /// <summary>A seeded element's name in <paramref name="culture"/>, or <c>null</c> for an element admins named.</summary>
    public static string? ElementName(string elementId, CultureInfo culture) => Manager.GetString("Element." + elementId, culture);
}
