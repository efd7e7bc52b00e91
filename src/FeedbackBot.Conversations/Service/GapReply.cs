using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Conversations.Service;

/// <summary>
/// The definition gap in words: the findings as sentences ("customers call Shipping crucial; your
/// statement never mentions it; 40 % of MISSes name it"), then one row per element. Public, so
/// the weekly summary can show the same findings.
/// </summary>
public static class GapReply
{
    public static Reply Create(DefinitionGap gap, int weeks, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(gap);
        if (!gap.HasData)
        {
            return Reply.FromText(ServiceTexts.Format(ServiceTexts.GapNoData, culture, weeks));
        }

        var text = new List<string>();
        if (!gap.HasStatement)
        {
            text.Add(ServiceTexts.Get(ServiceTexts.GapNoStatement, culture));
        }

        text.AddRange(Findings(gap, culture));
        if (!gap.Gaps.Any())
        {
            text.Add(ServiceTexts.Get(ServiceTexts.GapNoGaps, culture));
        }

        text.Add(ServiceTexts.Format(ServiceTexts.GapBasis, culture, gap.Respondents, gap.Votes.Total.Total, gap.Votes.Total.Misses, weeks));
        return new Reply
        {
            Card = new Card
            {
                Title = ServiceTexts.Get(ServiceTexts.GapTitle, culture),
                Text = string.Join("\n\n", text),
                Facts = [.. gap.Rows.Select(r => new CardFact(ElementNames.Display(r.Element, culture), Row(r, culture)))],
            },
        };
    }

    /// <summary>One sentence per gap, most pressing first.</summary>
    public static IEnumerable<string> Findings(DefinitionGap gap, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(gap);
        foreach (var row in gap.Gaps)
        {
            var name = ElementNames.Display(row.Element, culture);
            var sentence = row.Finding switch
            {
                GapFinding.Blindspot => ServiceTexts.Format(ServiceTexts.GapBlindspot, culture, name, row.Rankings.Crucial, row.Rankings.Total),
                GapFinding.BrokenPromise => ServiceTexts.Format(ServiceTexts.GapBrokenPromise, culture, name, row.Votes.Misses, row.Votes.Total),
                _ => ServiceTexts.Format(ServiceTexts.GapOverpromise, culture, name, row.Rankings.NiceToHave + row.Rankings.NotImportant, row.Rankings.Total),
            };
            yield return row.MissShare is > 0 and var share
                ? sentence + " " + ServiceTexts.Format(ServiceTexts.GapMissShare, culture, share)
                : sentence;
        }
    }

    private static string Row(DefinitionGapRow row, CultureInfo culture)
    {
        var view = ServiceTexts.Get(
            row.View switch
            {
                CustomerView.Crucial => ServiceTexts.GapViewCrucial,
                CustomerView.Important => ServiceTexts.GapViewImportant,
                CustomerView.Minor => ServiceTexts.GapViewMinor,
                _ => ServiceTexts.GapViewUnranked,
            },
            culture);
        var covered = ServiceTexts.Get(row.Covered ? ServiceTexts.GapCovered : ServiceTexts.GapNotCovered, culture);
        var votes = row.Votes.HitRate is { } rate
            ? ServiceTexts.Format(ServiceTexts.GapVotes, culture, rate, row.Votes.Total)
            : ServiceTexts.Get(ServiceTexts.GapNoVotes, culture);
        return ServiceTexts.Format(ServiceTexts.GapRow, culture, view, covered, votes);
    }
}
