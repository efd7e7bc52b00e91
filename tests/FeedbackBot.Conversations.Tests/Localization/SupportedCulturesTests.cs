using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Conversations.Tests.Localization;

public sealed class SupportedCulturesTests
{
    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("DE", "de")]
    [InlineData("de_CH", "de")]
    [InlineData("fr-FR", "en")]
    [InlineData("en-US", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    [InlineData("not a locale!", "en")]
    public void Resolve_Locale_PicksGermanOnlyForGermanLocales(string? locale, string expected)
    {
        var culture = SupportedCultures.Resolve(locale);

        Assert.Equal(expected, culture.Name);
    }
}
