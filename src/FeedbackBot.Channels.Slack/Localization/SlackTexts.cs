using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Channels.Slack.Localization;

/// <summary>
/// The Slack channel's own user-facing text (SlackStrings.resx, German in .de.resx): what the
/// channel says itself, outside any dialog. Keys are constants so a typo fails at compile time.
/// </summary>
internal static class SlackTexts
{
    public const string CommandNotAvailable = "Slack.Command.NotAvailable";
    public const string CommandUnknown = "Slack.Command.Unknown";
    public const string Busy = "Slack.Busy";
    public const string DeliveryFailed = "Slack.DeliveryFailed";
    public const string ModalTitle = "Slack.Modal.Title";
    public const string ModalSubmit = "Slack.Modal.Submit";
    public const string ModalClose = "Slack.Modal.Close";
    public const string ModalInvalidAnswer = "Slack.Modal.InvalidAnswer";
    public const string FormTypeAnswer = "Slack.Form.TypeAnswer";
    public const string MessageShortened = "Slack.Message.Shortened";

    public const string BaseName = "FeedbackBot.Channels.Slack.Localization.SlackStrings";

    private static readonly ResourceText Resources = new(new ResourceManager(BaseName, typeof(SlackTexts).Assembly));

    public static string Get(string key, CultureInfo culture) => Resources.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Resources.Format(key, culture, args);
}
