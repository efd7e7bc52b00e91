using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Summaries;
using SkiaSharp;

namespace FeedbackBot.Tests.Summaries;

public sealed class TrendChartTests
{
    [Fact]
    public void RenderPng_EightWeeksAcrossNewYear_DecodesAtTheExpectedSizeAndIsKeptForALook()
    {
        var counts = new (int Hits, int Misses)[] { (12, 4), (9, 9), (0, 0), (20, 5), (7, 1), (15, 10), (30, 6), (25, 5) };
        var trend = counts
            .Select((c, i) => new TrendPoint(new IsoWeek(2027, 2).Minus(7 - i), new HitMissCount(c.Hits, c.Misses)))
            .ToList();

        var png = TrendChart.RenderPng(trend, new ChartLabels("HIT rate and votes, 8 weeks to 2027-W02", "Votes", "HIT rate"));

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(TrendChart.Width, bitmap.Width);
        Assert.Equal(TrendChart.Height, bitmap.Height);
        Assert.True(DistinctColours(bitmap) > 10, "the chart is not blank");
        var artifact = Path.Combine(AppContext.BaseDirectory, "artifacts", "summary-trend-chart.png");
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        File.WriteAllBytes(artifact, png);
        TestContext.Current.SendDiagnosticMessage($"Trend chart written to {artifact}");
    }

    [Fact]
    public void RenderPng_NoVotesAtAll_StillDrawsAnEmptyChart()
    {
        var trend = Enumerable.Range(0, 8).Select(i => new TrendPoint(new IsoWeek(2026, 40 + i), default)).ToList();

        var png = TrendChart.RenderPng(trend, new ChartLabels("Keine Stimmen", "Stimmen", "HIT-Quote"));

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(TrendChart.Width, bitmap.Width);
    }

    private static int DistinctColours(SKBitmap bitmap)
    {
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 7)
        {
            for (var x = 0; x < bitmap.Width; x += 7)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        return colours.Count;
    }
}
