using System.Globalization;
using System.Text.RegularExpressions;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Summaries;

/// <summary>
/// Reads the text after <c>/feedback-summary</c>: an optional period ("this week", "last week",
/// their German forms, "2026-W47", a date as 2026-11-20 or 20.11.2026) followed by an optional
/// team name. No period means this week; weeks are taken on the wall clock of the workspace's
/// time zone, so "this week" on a Monday 00:30 in Berlin is the Berlin week even while UTC is
/// still on Sunday.
/// </summary>
public static partial class SummaryQueryParser
{
    private static readonly string[] ThisWeek = ["this week", "this", "current week", "diese woche", "aktuelle woche", "diese"];
    private static readonly string[] LastWeek = ["last week", "last", "previous week", "letzte woche", "vorige woche", "vorherige woche", "letzte"];

    /// <summary>
    /// Parses <paramref name="argument"/> at <paramref name="now"/>. On failure <paramref name="query"/>
    /// is <c>null</c> and the result names the reason.
    /// </summary>
    public static SummaryQueryError TryParse(string? argument, DateTimeOffset now, TimeZoneInfo zone, out SummaryQuery? query)
    {
        ArgumentNullException.ThrowIfNull(zone);
        query = null;
        var current = IsoWeek.FromInstant(now, zone);
        var text = Normalize(argument);
        var (week, rest, error) = ReadPeriod(text, current);
        if (error != SummaryQueryError.None)
        {
            return error;
        }

        if (week > current)
        {
            return SummaryQueryError.FutureWeek;
        }

        query = new SummaryQuery(week, rest.Length == 0 ? null : rest);
        return SummaryQueryError.None;
    }

    private static (IsoWeek Week, string Remainder, SummaryQueryError Error) ReadPeriod(string text, IsoWeek current)
    {
        foreach (var phrase in LastWeek)
        {
            if (StartsWithWords(text, phrase, out var rest)) return (current.Previous(), rest, SummaryQueryError.None);
        }

        foreach (var phrase in ThisWeek)
        {
            if (StartsWithWords(text, phrase, out var rest)) return (current, rest, SummaryQueryError.None);
        }

        var first = text.Split(' ', 2);
        var head = first[0];
        var tail = first.Length > 1 ? first[1] : "";
        if (WeekPattern().Match(head) is { Success: true } match)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var number = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
            return year is >= 1 and <= 9998 && number >= 1 && number <= ISOWeek.GetWeeksInYear(year)
                ? (new IsoWeek(year, number), tail, SummaryQueryError.None)
                : (current, tail, SummaryQueryError.NoSuchWeekOrDate);
        }

        if (IsoDatePattern().IsMatch(head) || GermanDatePattern().IsMatch(head))
        {
            var formats = new[] { "yyyy-MM-dd", "d.M.yyyy" };
            return DateOnly.TryParseExact(head, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (IsoWeek.FromDate(date), tail, SummaryQueryError.None)
                : (current, tail, SummaryQueryError.NoSuchWeekOrDate);
        }

        return (current, text, SummaryQueryError.None);
    }

    private static bool StartsWithWords(string text, string phrase, out string rest)
    {
        rest = "";
        if (!text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return false;
        if (text.Length == phrase.Length) return true;
        if (text[phrase.Length] != ' ') return false;
        rest = text[(phrase.Length + 1)..];
        return true;
    }

    // Collapses runs of white space so "last   week  Support" reads like "last week Support".
    private static string Normalize(string? argument) =>
        string.Join(' ', (argument ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?<year>\d{4})-[Ww](?<week>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GermanDatePattern();
}
