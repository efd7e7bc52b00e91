using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Summaries;

public sealed class SummaryScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("Monday 09:00", DayOfWeek.Monday, 9, 0)]
    [InlineData("monday 9:00", DayOfWeek.Monday, 9, 0)]
    [InlineData("  FRI   17:30 ", DayOfWeek.Friday, 17, 30)]
    [InlineData("Sunday 00:00", DayOfWeek.Sunday, 0, 0)]
    public void TryParse_ValidText_ReadsDayAndTime(string text, DayOfWeek day, int hour, int minute)
    {
        var ok = SummarySchedule.TryParse(text, out var schedule);

        Assert.True(ok);
        Assert.Equal(new SummarySchedule(day, new TimeOnly(hour, minute)), schedule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Monday")]
    [InlineData("09:00")]
    [InlineData("Montag 09:00")]
    [InlineData("Monday 25:00")]
    [InlineData("Monday 9am")]
    [InlineData("Monday 09:00 UTC")]
    public void TryParse_InvalidText_Fails(string? text)
    {
        var ok = SummarySchedule.TryParse(text, out var schedule);

        Assert.False(ok);
        Assert.Null(schedule);
    }

    [Fact]
    public void LatestAtOrBefore_MondayBeforeNineInBerlin_IsLastMonday()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 59, 0, TimeSpan.FromHours(1));

        var latest = SummarySchedule.Default.LatestAtOrBefore(now, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(1)), latest);
        Assert.Equal(new IsoWeek(2026, 46), SummarySchedule.WeekSummarizedAt(latest, Berlin));
    }

    [Fact]
    public void LatestAtOrBefore_ExactlyAtNine_IsNow()
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

        var latest = SummarySchedule.Default.LatestAtOrBefore(now, Berlin);

        Assert.Equal(now, latest);
        Assert.Equal(new IsoWeek(2026, 47), SummarySchedule.WeekSummarizedAt(latest, Berlin));
    }

    [Fact]
    public void NextAfter_AcrossSpringForward_KeepsNineOclockLocal()
    {
        var now = new DateTimeOffset(2026, 3, 25, 12, 0, 0, TimeSpan.FromHours(1));

        var next = SummarySchedule.Default.NextAfter(now, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.FromHours(2)), next);
    }

    [Fact]
    public void LatestAtOrBefore_TimeSkippedBySpringForward_MovesToFirstValidMinute()
    {
        var schedule = new SummarySchedule(DayOfWeek.Sunday, new TimeOnly(2, 30));
        var now = new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.FromHours(2));

        var latest = schedule.LatestAtOrBefore(now, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), latest);
    }

    [Fact]
    public void WeekSummarizedAt_FirstMondayOfYear_IsLastWeekOfPreviousYear()
    {
        var push = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1));

        var week = SummarySchedule.WeekSummarizedAt(push, Berlin);

        Assert.Equal(new IsoWeek(2026, 53), week);
    }
}
