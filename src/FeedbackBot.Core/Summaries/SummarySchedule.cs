using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FeedbackBot.Core.Summaries;

/// <summary>
/// When the weekly summary is pushed: a weekday and a wall-clock time in the workspace's time zone
/// (<c>FeedbackBot:SummarySchedule</c>, e.g. "Monday 09:00"). Each push summarizes the last
/// complete ISO week before it.
/// </summary>
public sealed record SummarySchedule(DayOfWeek Day, TimeOnly Time)
{
    /// <summary>Monday 09:00, the default.</summary>
    public static SummarySchedule Default { get; } = new(DayOfWeek.Monday, new TimeOnly(9, 0));

    /// <summary>
    /// Parses "Monday 09:00" (English day names or their first three letters, any case; 24-hour
    /// time H:mm or HH:mm). Anything else fails.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SummarySchedule? schedule)
    {
        schedule = null;
        var parts = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || DayOf(parts[0]) is not { } day)
        {
            return false;
        }

        if (!TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return false;
        }

        schedule = new SummarySchedule(day, time);
        return true;
    }

    /// <summary>The latest push time at or before <paramref name="now"/>.</summary>
    public DateTimeOffset LatestAtOrBefore(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var back = ((int)today.DayOfWeek - (int)Day + 7) % 7;
        var candidate = At(today.AddDays(-back), zone);
        return candidate <= now ? candidate : At(today.AddDays(-back - 7), zone);
    }

    /// <summary>The first push time after <paramref name="now"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var latest = LatestAtOrBefore(now, zone);
        return At(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(latest, zone).DateTime).AddDays(7), zone);
    }

    /// <summary>The week a push at <paramref name="pushAt"/> summarizes: the last complete week before it.</summary>
    public static Weeks.IsoWeek WeekSummarizedAt(DateTimeOffset pushAt, TimeZoneInfo zone) =>
        Weeks.IsoWeek.FromInstant(pushAt, zone).Previous();

    /// <summary>"Monday 09:00".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day} {Time:HH\\:mm}");

    // A time skipped by a spring-forward change moves to the first valid minute after it; a time
    // that occurs twice (fall back) is taken at its first occurrence.
    private static DateTimeOffset At(DateOnly day, TimeZoneInfo zone, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private DateTimeOffset At(DateOnly day, TimeZoneInfo zone) => At(day, zone, Time);

    private static DayOfWeek? DayOf(string word)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString();
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase) || string.Equals(word, name[..3], StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }
}
