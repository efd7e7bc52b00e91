using System.Globalization;
using FeedbackBot.Core.Summaries;
using ScottPlot;

namespace FeedbackBot.Summaries;

/// <summary>
/// Draws the 8-week trend as a PNG with ScottPlot: vote counts as bars on the left axis, the HIT
/// rate as a line with markers on the right axis (0–100 %). Weeks without votes have a bar of 0 and
/// no point, so the line never pretends a rate where nobody voted.
/// </summary>
internal static class TrendChart
{
    public const int Width = 800;
    public const int Height = 400;

    public static byte[] RenderPng(IReadOnlyList<TrendPoint> trend, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(labels);
        using var plot = new Plot();
        var positions = Enumerable.Range(0, trend.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, [.. trend.Select(p => (double)p.Votes.Total)]);
        bars.Color = Color.FromHex("#9BB8D3");
        bars.LegendText = labels.Votes;

        var rated = trend.Select((p, i) => (Position: (double)i, Rate: p.Votes.HitRate)).Where(p => p.Rate is not null).ToList();
        if (rated.Count > 0)
        {
            var line = plot.Add.Scatter(rated.Select(p => p.Position).ToArray(), rated.Select(p => p.Rate!.Value * 100).ToArray());
            line.Axes.YAxis = plot.Axes.Right;
            line.Color = Color.FromHex("#1B7F3B");
            line.LineWidth = 3;
            line.MarkerSize = 9;
            line.LegendText = labels.HitRate;
        }

        plot.Axes.Bottom.SetTicks(positions, [.. trend.Select(p => "W" + p.Week.Week.ToString("D2", CultureInfo.InvariantCulture))]);
        plot.Axes.Left.Label.Text = labels.Votes;
        plot.Axes.Right.Label.Text = labels.HitRate + " (%)";
        var maxVotes = trend.Count == 0 ? 0 : trend.Max(p => p.Votes.Total);
        plot.Axes.SetLimitsY(0, Math.Max(5, maxVotes * 1.15), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
        plot.Axes.SetLimitsX(-0.6, trend.Count - 0.4);
        plot.Title(labels.Title);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}

/// <summary>The chart's texts in the reader's language.</summary>
internal sealed record ChartLabels(string Title, string Votes, string HitRate);
