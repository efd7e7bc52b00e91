using System.Globalization;
using System.Resources;

namespace FeedbackBot.Conversations.Localization;

/// <summary>
/// The engine's own user-facing text (ConversationStrings.resx, German in .de.resx). Keys are
/// constants so a typo fails at compile time; a key missing from the file throws.
/// </summary>
internal static class ConversationTexts
{
    public const string Greeting = "Root.Greeting";
    public const string HelpIntro = "Root.Help.Intro";
    public const string HelpCommand = "Root.Help.Command";
    public const string HelpNoCommands = "Root.Help.NoCommands";
    public const string HelpFooter = "Root.Help.Footer";
    public const string Unknown = "Root.Unknown";
    public const string NothingRunning = "Root.NothingRunning";
    public const string Cancelled = "Dialog.Cancelled";
    public const string DialogHelp = "Dialog.Help";
    public const string CannotGoBack = "Dialog.CannotGoBack";
    public const string Retry = "Prompt.Retry";
    public const string TooManyRetries = "Prompt.TooManyRetries";
    public const string Yes = "Prompt.Confirm.Yes";
    public const string No = "Prompt.Confirm.No";
    public const string YourAnswer = "Prompt.YourAnswer";
    public const string Submit = "Prompt.Submit";
    public const string Busy = "Engine.Busy";
    public const string TooFast = "Engine.TooFast";
    public const string SaveFailed = "Engine.SaveFailed";
    public const string DialogFailed = "Engine.DialogFailed";

    public const string BaseName = "FeedbackBot.Conversations.Localization.ConversationStrings";

    private static readonly ResourceText Resources = new(new ResourceManager(BaseName, typeof(ConversationTexts).Assembly));

    public static string Get(string key, CultureInfo culture) => Resources.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Resources.Format(key, culture, args);
}
