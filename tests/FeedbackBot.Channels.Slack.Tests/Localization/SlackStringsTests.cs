using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using FeedbackBot.Channels.Slack.Localization;

namespace FeedbackBot.Channels.Slack.Tests.Localization;

public sealed class SlackStringsTests
{
    private static readonly ResourceManager Resources = new(SlackTexts.BaseName, typeof(SlackTexts).Assembly);

    [Fact]
    public void German_HasExactlyTheEnglishKeys()
    {
        var english = Keys(CultureInfo.InvariantCulture);

        var german = Keys(CultureInfo.GetCultureInfo("de"));

        Assert.Equal(english, german);
    }

    [Fact]
    public void EveryKeyConstant_IsInTheResources()
    {
        var constants = typeof(SlackTexts).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(SlackTexts.BaseName))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Keys(CultureInfo.InvariantCulture), constants);
    }

    [Fact]
    public void ModalTexts_FitSlacksTwentyFourCharacters()
    {
        string[] keys = [SlackTexts.ModalTitle, SlackTexts.ModalSubmit, SlackTexts.ModalClose];

        var lengths = keys.SelectMany(k => new[] { "en", "de" }.Select(c => SlackTexts.Get(k, CultureInfo.GetCultureInfo(c)).Length));

        Assert.All(lengths, l => Assert.InRange(l, 1, 24));
    }

    private static List<string> Keys(CultureInfo culture) =>
        [.. Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Order(StringComparer.Ordinal)];
}
