using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FeedbackBot.Core.Weeks;

/// <summary>
/// An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), the unit every
/// vote, request and summary is counted in. Its text form ("2026-W47") is also a storage key, so
/// it sorts in time order.
/// </summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    /// <summary>Creates a week; throws when the year has no such week (53 only in long years).</summary>
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998)
            throw new ArgumentOutOfRangeException(nameof(year), year, "The ISO year must be between 1 and 9998.");
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
            throw new ArgumentOutOfRangeException(nameof(week), week, "The year has no such ISO week.");
        Year = year;
        Week = week;
    }

    /// <summary>The ISO week-numbering year (differs from the calendar year around New Year).</summary>
    public int Year { get; }

    /// <summary>1 to 52, or 53 in long years.</summary>
    public int Week { get; }

    /// <summary>The week that holds <paramref name="instant"/> on the wall clock of <paramref name="zone"/>.</summary>
    public static IsoWeek FromInstant(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return new IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    /// <summary>The week that holds <paramref name="date"/>.</summary>
    public static IsoWeek FromDate(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The week's Monday.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The week after this one (across year boundaries).</summary>
    public IsoWeek Next() => FromDate(FirstDay.AddDays(7));

    /// <summary>The week before this one (across year boundaries).</summary>
    public IsoWeek Previous() => FromDate(FirstDay.AddDays(-7));

    /// <summary>The week <paramref name="weeks"/> weeks earlier (negative: later).</summary>
    public IsoWeek Minus(int weeks) => FromDate(FirstDay.AddDays(-7 * weeks));

    /// <summary>The instant the week begins: Monday 00:00 on the wall clock of <paramref name="zone"/>.</summary>
    public DateTimeOffset StartIn(TimeZoneInfo zone) => MidnightIn(FirstDay, zone);

    /// <summary>The instant the week ends (exclusive): the next week's start.</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => MidnightIn(FirstDay.AddDays(7), zone);

    /// <summary>Whether <paramref name="instant"/> falls within this week in <paramref name="zone"/>.</summary>
    public bool Contains(DateTimeOffset instant, TimeZoneInfo zone) => FromInstant(instant, zone) == this;

    /// <summary>"2026-W47".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    /// <summary>Parses "2026-W47" (the "W" in either case); anything else, or a week the year lacks, fails.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IsoWeek week)
    {
        week = default;
        if (text is null || text.Length is < 7 or > 8) return false;
        var span = text.AsSpan().Trim();
        if (span.Length != text.Length || span[4] != '-' || (span[5] != 'W' && span[5] != 'w')) return false;
        if (!int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(span[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        if (span.Length - 6 != 2 || year < 1 || year > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>Parses "2026-W47" or throws <see cref="FormatException"/>.</summary>
    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week such as 2026-W47.");

    /// <inheritdoc />
    public int CompareTo(IsoWeek other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    // Midnight may not exist (zones that spring forward at 00:00) or exist twice; the week then
    // begins at the first wall-clock instant of that Monday that does exist.
    private static DateTimeOffset MidnightIn(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
