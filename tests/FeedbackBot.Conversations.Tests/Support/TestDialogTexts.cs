using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Conversations.Tests.Support;

/// <summary>The test dialogs keep their text in resources, as feature dialogs do.</summary>
internal static class TestDialogTexts
{
    public static ResourceManager Resources { get; } =
        new("FeedbackBot.Conversations.Tests.Support.TestDialogStrings", typeof(TestDialogTexts).Assembly);

    private static readonly ResourceText Text = new(Resources);

    public static string Get(string key, CultureInfo culture) => Text.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Text.Format(key, culture, args);
}
