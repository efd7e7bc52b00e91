using System.Globalization;

namespace FeedbackBot.Conversations.Localization;

/// <summary>
/// The languages the bot speaks, and how a turn's locale picks one: any German locale gets
/// German, everything else (including no locale) gets English, the neutral resources.
/// </summary>
public static class SupportedCultures
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo German { get; } = CultureInfo.GetCultureInfo("de");

    public static IReadOnlyList<CultureInfo> All { get; } = [English, German];

    /// <summary>Resolves a BCP-47 tag such as <c>de-DE</c> or <c>fr-FR</c>; never throws on odd input.</summary>
    public static CultureInfo Resolve(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return English;
        }

        var language = locale.Trim().Split('-', '_')[0];
        return string.Equals(language, "de", StringComparison.OrdinalIgnoreCase) ? German : English;
    }
}
