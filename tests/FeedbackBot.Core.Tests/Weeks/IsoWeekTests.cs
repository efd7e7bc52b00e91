using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Weeks;

public sealed class IsoWeekTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("2026-12-31", 2026, 53)]
    [InlineData("2027-01-03", 2026, 53)]
    [InlineData("2027-01-04", 2027, 1)]
    [InlineData("2021-01-03", 2020, 53)]
    [InlineData("2024-12-30", 2025, 1)]
    [InlineData("2026-11-23", 2026, 48)]
    public void FromDate_AroundNewYear_UsesIsoYear(string date, int year, int week)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var actual = IsoWeek.FromDate(day);

        Assert.Equal(new IsoWeek(year, week), actual);
    }

    [Fact]
    public void FromInstant_SundayNightUtcIsMondayInBerlin_ReturnsBerlinWeek()
    {
        var sundayNightUtc = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

        var inUtc = IsoWeek.FromInstant(sundayNightUtc, TimeZoneInfo.Utc);
        var inBerlin = IsoWeek.FromInstant(sundayNightUtc, Berlin);

        Assert.Equal("2026-W47", inUtc.ToString());
        Assert.Equal("2026-W48", inBerlin.ToString());
    }

    [Fact]
    public void NextAndPrevious_AcrossLongYear_StepOneWeek()
    {
        var last = new IsoWeek(2026, 53);

        var next = last.Next();
        var back = next.Previous();

        Assert.Equal(new IsoWeek(2027, 1), next);
        Assert.Equal(last, back);
        Assert.Equal(new IsoWeek(2026, 46), new IsoWeek(2027, 1).Minus(8));
    }

    [Fact]
    public void StartAndEnd_WeekWithSpringForward_Are167HoursApart()
    {
        var week = new IsoWeek(2026, 13);

        var start = week.StartIn(Berlin);
        var end = week.EndIn(Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.FromHours(1)), start);
        Assert.Equal(TimeSpan.FromHours(167), end - start);
        Assert.True(week.Contains(end.AddTicks(-1), Berlin));
        Assert.False(week.Contains(end, Berlin));
    }

    [Theory]
    [InlineData("2026-W47", true)]
    [InlineData("2026-w07", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2026-W00", false)]
    [InlineData("2026-W7", false)]
    [InlineData("26-W07", false)]
    [InlineData(" 2026-W07", false)]
    [InlineData("2026-W+7", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_Text_AcceptsOnlyRealWeeks(string? text, bool expected)
    {
        var parsed = IsoWeek.TryParse(text, out var week);

        Assert.Equal(expected, parsed);
        if (parsed) Assert.Equal(text!.ToUpperInvariant(), week.ToString());
    }

    [Fact]
    public void CompareTo_WeeksOfDifferentYears_SortInTimeOrder()
    {
        var weeks = new[] { new IsoWeek(2027, 1), new IsoWeek(2026, 53), new IsoWeek(2026, 2) };

        var sorted = weeks.Order().Select(w => w.ToString()).ToArray();

        Assert.Equal(["2026-W02", "2026-W53", "2027-W01"], sorted);
    }
}
