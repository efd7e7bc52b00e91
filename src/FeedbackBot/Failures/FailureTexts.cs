using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Failures;

/// <summary>Text of the host's failure answers (FailureStrings.resx, German in .de.resx).</summary>
internal static class FailureTexts
{
    public const string StoreUnavailableTitle = "StoreUnavailable.Title";
    public const string StoreUnavailableDetail = "StoreUnavailable.Detail";

    private static readonly ResourceText Resources =
        new(new ResourceManager("FeedbackBot.Failures.FailureStrings", typeof(FailureTexts).Assembly));

    public static string Get(string key, CultureInfo culture) => Resources.Get(key, culture);
}
