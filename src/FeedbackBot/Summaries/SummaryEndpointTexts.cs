using System.Globalization;
using System.Resources;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Summaries;

/// <summary>Text of the summary downloads (SummaryEndpointStrings.resx, German in .de.resx).</summary>
internal static class SummaryEndpointTexts
{
    public const string ChartTitle = "Chart.Title";
    public const string ChartTitleTeam = "Chart.Title.Team";
    public const string ChartVotes = "Chart.Votes";
    public const string ChartHitRate = "Chart.HitRate";
    public const string NotFound = "Link.NotFound";
    public const string Forged = "Link.Forged";
    public const string Expired = "Link.Expired";

    private static readonly ResourceText Resources =
        new(new ResourceManager("FeedbackBot.Summaries.SummaryEndpointStrings", typeof(SummaryEndpointTexts).Assembly));

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        args.Length == 0 ? Resources.Get(key, culture) : Resources.Format(key, culture, args);
}
