using System.Globalization;
using System.Text;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>
/// Lays a <see cref="WeeklySummary"/> out as a channel-neutral card: the headline figures, the
/// trend chart, the breakdowns, the MISS comments verbatim, the decision checks and closed loops,
/// who can see it, and the CSV link. Figures are formatted for the reader's culture.
/// </summary>
public static class SummaryCardBuilder
{
    public static Card Build(WeeklySummary summary, SummaryLinkSet links, TimeSpan exportLifetime, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(links);
        var sections = new List<CardSection>();
        if (summary.Team is null)
        {
            sections.Add(Breakdown(SummaryTexts.SectionAgents, summary.Agents, summary.AgentsBelowMinimum, culture));
            sections.Add(Breakdown(SummaryTexts.SectionTeams, summary.Teams, summary.TeamsBelowMinimum, culture));
            sections.Add(Elements(summary.Elements, culture));
        }
        else
        {
            sections.Add(new CardSection(SummaryTexts.Get(SummaryTexts.SectionAgents, culture), SummaryTexts.Get(SummaryTexts.BreakdownTeamOnly, culture)));
        }

        sections.Add(Comments(summary.MissComments, culture));
        if (summary.Team is null)
        {
            sections.Add(Decisions(summary.Decisions.Checks, culture));
            sections.Add(ClosedLoops(summary.Decisions, culture));
        }

        sections.Add(new CardSection(
            SummaryTexts.Get(SummaryTexts.SectionPrivacy, culture),
            SummaryTexts.Format(SummaryTexts.PrivacyText, culture, (int)exportLifetime.TotalHours)));

        return new Card
        {
            Title = Title(summary, culture),
            Text = EmptyNote(summary, culture),
            Facts = HeadlineFacts(summary, culture),
            Image = links.Chart is { } chart ? new CardImage(chart, SummaryTexts.Format(SummaryTexts.ChartAlt, culture, TrendText(summary, culture))) : null,
            Sections = links.Chart is null
                ? [new CardSection(SummaryTexts.Get(SummaryTexts.FactHitRate, culture), SummaryTexts.Format(SummaryTexts.ChartUnavailable, culture, TrendText(summary, culture))), .. sections]
                : sections,
            Links = links.Csv is { } csv ? [new CardLink(SummaryTexts.Get(SummaryTexts.LinkCsv, culture), csv)] : [],
        };
    }

    /// <summary>One line per trend week ("2026-W40: 50 % of 4"), the chart's text alternative.</summary>
    public static string TrendText(WeeklySummary summary, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return string.Join("; ", summary.Trend.Select(p => SummaryTexts.Format(
            SummaryTexts.ChartAltWeek,
            culture,
            p.Week,
            p.Votes.HitRate is { } rate ? SummaryTexts.Format(SummaryTexts.ChartAltRate, culture, rate, p.Votes.Total) : "–")));
    }

    private static string Title(WeeklySummary summary, CultureInfo culture)
    {
        var first = summary.FirstDay.ToString(SummaryTexts.Get(SummaryTexts.FormatDay, culture), culture);
        var last = summary.LastDay.ToString(SummaryTexts.Get(SummaryTexts.FormatDayYear, culture), culture);
        return summary.Team is null
            ? SummaryTexts.Format(SummaryTexts.TitleWorkspace, culture, summary.Week, first, last)
            : SummaryTexts.Format(SummaryTexts.TitleTeam, culture, summary.Week, first, last, summary.Team);
    }

    private static string? EmptyNote(WeeklySummary summary, CultureInfo culture)
    {
        if (summary.Team is not null && summary.Votes.Total == 0)
        {
            return SummaryTexts.Format(SummaryTexts.EmptyTeam, culture, summary.Team);
        }

        return summary.IsEmpty ? SummaryTexts.Get(SummaryTexts.Empty, culture) : null;
    }

    private static List<CardFact> HeadlineFacts(WeeklySummary summary, CultureInfo culture) =>
    [
        new(SummaryTexts.Get(SummaryTexts.FactHitRate, culture), Counts(summary.Votes, culture)),
        new(SummaryTexts.Get(SummaryTexts.FactResponseRate, culture), ResponseRate(summary, culture)),
        new(SummaryTexts.Get(SummaryTexts.FactChange, culture), Change(summary.Change, culture)),
    ];

    private static string Counts(HitMissCount votes, CultureInfo culture) => votes.HitRate is { } rate
        ? SummaryTexts.Format(SummaryTexts.FactHitRateValue, culture, rate, votes.Hits, votes.Misses)
        : SummaryTexts.Get(SummaryTexts.FactHitRateNone, culture);

    private static string ResponseRate(WeeklySummary summary, CultureInfo culture)
    {
        if (summary.Team is not null)
        {
            return SummaryTexts.Get(SummaryTexts.FactResponseRateTeam, culture);
        }

        return summary.ResponseRate is { } rate
            ? SummaryTexts.Format(SummaryTexts.FactResponseRateValue, culture, rate, summary.Votes.Total, summary.Requests)
            : SummaryTexts.Get(SummaryTexts.FactResponseRateNone, culture);
    }

    private static string Change(WeekChange change, CultureInfo culture)
    {
        var parts = new List<string>
        {
            change.HitRatePoints is { } points
                ? SummaryTexts.Format(SummaryTexts.ChangeHitRate, culture, Signed(points, culture))
                : SummaryTexts.Get(SummaryTexts.ChangeHitRateNone, culture),
            SummaryTexts.Format(SummaryTexts.ChangeVotes, culture, Signed(change.VoteCountChange, culture)),
        };
        if (change.ResponseRatePoints is { } responsePoints)
        {
            parts.Add(SummaryTexts.Format(SummaryTexts.ChangeResponseRate, culture, Signed(responsePoints, culture)));
        }

        return string.Join(", ", parts) + " " + SummaryTexts.Format(SummaryTexts.ChangePrevious, culture, Counts(change.PreviousVotes, culture));
    }

    /// <summary>"+25", "−3", "±0": whole points, the sign always shown.</summary>
    private static string Signed(double value, CultureInfo culture)
    {
        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        return rounded switch
        {
            > 0 => "+" + rounded.ToString("0", culture),
            < 0 => "−" + (-rounded).ToString("0", culture),
            _ => "±0",
        };
    }

    private static CardSection Breakdown(string headingKey, IReadOnlyList<BreakdownRow> rows, int belowMinimum, CultureInfo culture)
    {
        var notes = new List<string>();
        if (rows.Count == 0)
        {
            notes.Add(SummaryTexts.Format(SummaryTexts.BreakdownNoneListed, culture, WeeklySummaryBuilder.MinVotesPerPerson));
        }

        if (belowMinimum > 0)
        {
            notes.Add(SummaryTexts.Format(SummaryTexts.BreakdownBelowMinimum, culture, belowMinimum, WeeklySummaryBuilder.MinVotesPerPerson));
        }

        return new CardSection(SummaryTexts.Get(headingKey, culture), notes.Count == 0 ? null : string.Join(" ", notes))
        {
            Facts = [.. rows.Select(r => Row(r, culture))],
        };
    }

    private static CardSection Elements(IReadOnlyList<BreakdownRow> rows, CultureInfo culture) =>
        new(SummaryTexts.Get(SummaryTexts.SectionElements, culture), rows.Count == 0 ? SummaryTexts.Get(SummaryTexts.BreakdownNoElements, culture) : null)
        {
            Facts = [.. rows.Select(r => Row(r, culture))],
        };

    private static CardFact Row(BreakdownRow row, CultureInfo culture) =>
        new(row.Name, SummaryTexts.Format(SummaryTexts.BreakdownRow, culture, row.Votes.HitRate ?? 0, row.Votes.Hits, row.Votes.Misses));

    private static CardSection Comments(IReadOnlyList<MissComment> comments, CultureInfo culture)
    {
        if (comments.Count == 0)
        {
            return new CardSection(SummaryTexts.Get(SummaryTexts.SectionComments, culture), SummaryTexts.Get(SummaryTexts.CommentsNone, culture));
        }

        var text = new StringBuilder();
        foreach (var comment in comments)
        {
            var source = string.Join(", ", new[] { comment.AgentName, comment.Team, comment.ElementName, comment.VotedAt.ToString(SummaryTexts.Get(SummaryTexts.FormatCommentDay, culture), culture) }
                .Where(s => !string.IsNullOrWhiteSpace(s)));
            text.AppendLine(SummaryTexts.Format(SummaryTexts.CommentsLine, culture, comment.Text, source));
        }

        return new CardSection(SummaryTexts.Get(SummaryTexts.SectionComments, culture), text.ToString().TrimEnd());
    }

    private static CardSection Decisions(IReadOnlyList<DecisionRecord> checks, CultureInfo culture) =>
        new(SummaryTexts.Get(SummaryTexts.SectionDecisions, culture), checks.Count == 0 ? SummaryTexts.Get(SummaryTexts.DecisionsNone, culture) : null)
        {
            Facts = [.. checks.Select(d => new CardFact(
                d.Decision,
                SummaryTexts.Format(SummaryTexts.DecisionsRow, culture, VerdictText(d.PredictedReaction, culture), StatusText(d.Status, culture), d.OwnerName ?? d.OwnerId)))],
        };

    private static CardSection ClosedLoops(DecisionFigures figures, CultureInfo culture)
    {
        var rate = figures.PredictionRate is { } r
            ? SummaryTexts.Format(SummaryTexts.ClosedLoopsRate, culture, figures.CameTrueInLookback, figures.ClosedInLookback, figures.LookbackWeeks, r)
            : SummaryTexts.Format(SummaryTexts.ClosedLoopsRateNone, culture, figures.LookbackWeeks);
        var text = figures.ClosedLoops.Count == 0 ? SummaryTexts.Get(SummaryTexts.ClosedLoopsNone, culture) + " " + rate : rate;
        return new CardSection(SummaryTexts.Get(SummaryTexts.SectionClosedLoops, culture), text)
        {
            Facts = [.. figures.ClosedLoops.Select(d => new CardFact(
                d.Decision,
                SummaryTexts.Format(
                    SummaryTexts.ClosedLoopsRow,
                    culture,
                    VerdictText(d.PredictedReaction, culture),
                    VerdictText(d.ActualReaction!.Value, culture),
                    d.ActualReaction == d.PredictedReaction ? "✓" : "✗")))],
        };
    }

    private static string VerdictText(Verdict verdict, CultureInfo culture) =>
        SummaryTexts.Get(verdict == Verdict.Hit ? SummaryTexts.VerdictHit : SummaryTexts.VerdictMiss, culture);

    private static string StatusText(DecisionStatus status, CultureInfo culture) => SummaryTexts.Get(
        status switch
        {
            DecisionStatus.Proceed => SummaryTexts.StatusProceed,
            DecisionStatus.Revise => SummaryTexts.StatusRevise,
            DecisionStatus.Drop => SummaryTexts.StatusDrop,
            _ => SummaryTexts.StatusPending,
        },
        culture);
}
