using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>What the Slack work journal says to users (JournalStrings.resx, German in .de.resx).</summary>
internal static class JournalTexts
{
    public const string InterruptedKey = "Slack.Journal.Interrupted";

    public const string BaseName = "FeedbackBot.Channels.Slack.Journal.JournalStrings";

    private static readonly ResourceText Resources = new(new ResourceManager(BaseName, typeof(JournalTexts).Assembly));

    /// <summary>"I was interrupted while answering your last message …", in <paramref name="culture"/>.</summary>
    public static string Interrupted(CultureInfo culture) => Resources.Get(InterruptedKey, culture);
}
