using System.Collections;
using System.Globalization;
using System.Resources;
using FeedbackBot.Channels.Slack.Journal;

namespace FeedbackBot.Channels.Slack.Tests.Journal;

public sealed class JournalStringsTests
{
    private static readonly ResourceManager Resources = new(JournalTexts.BaseName, typeof(JournalTexts).Assembly);

    [Fact]
    public void German_HasExactlyTheEnglishKeys()
    {
        var english = Keys(CultureInfo.InvariantCulture);

        var german = Keys(CultureInfo.GetCultureInfo("de"));

        Assert.Equal(english, german);
        Assert.Contains(JournalTexts.InterruptedKey, english);
    }

    [Fact]
    public void Interrupted_German_IsGermanAndAsksToSendAgain()
    {
        var english = JournalTexts.Interrupted(CultureInfo.GetCultureInfo("en"));

        var german = JournalTexts.Interrupted(CultureInfo.GetCultureInfo("de"));

        Assert.Contains("send it again", english, StringComparison.Ordinal);
        Assert.Contains("noch einmal", german, StringComparison.Ordinal);
    }

    private static List<string> Keys(CultureInfo culture) =>
        [.. Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
}
