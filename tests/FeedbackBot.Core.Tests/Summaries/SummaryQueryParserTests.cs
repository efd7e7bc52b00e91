using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Summaries;

public sealed class SummaryQueryParserTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Wednesday of 2026-W48.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(null, "2026-W48", null)]
    [InlineData("", "2026-W48", null)]
    [InlineData("this week", "2026-W48", null)]
    [InlineData("last week", "2026-W47", null)]
    [InlineData("Last Week Support", "2026-W47", "Support")]
    [InlineData("letzte Woche", "2026-W47", null)]
    [InlineData("diese woche Vertrieb Nord", "2026-W48", "Vertrieb Nord")]
    [InlineData("2026-W47", "2026-W47", null)]
    [InlineData("2026-w5 Support", "2026-W05", "Support")]
    [InlineData("2026-11-20", "2026-W47", null)]
    [InlineData("20.11.2026 support", "2026-W47", "support")]
    [InlineData("2021-01-03", "2020-W53", null)]
    [InlineData("Support", "2026-W48", "Support")]
    [InlineData("  last   week   Support  ", "2026-W47", "Support")]
    public void TryParse_KnownForms_ReadsWeekAndTeam(string? argument, string week, string? team)
    {
        var error = SummaryQueryParser.TryParse(argument, Now, Berlin, out var query);

        Assert.Equal(SummaryQueryError.None, error);
        Assert.Equal(new SummaryQuery(IsoWeek.Parse(week), team), query);
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2025-W53")]
    [InlineData("2026-02-30")]
    [InlineData("31.04.2026")]
    public void TryParse_NoSuchWeekOrDate_Refuses(string argument)
    {
        var error = SummaryQueryParser.TryParse(argument, Now, Berlin, out var query);

        Assert.Equal(SummaryQueryError.NoSuchWeekOrDate, error);
        Assert.Null(query);
    }

    [Theory]
    [InlineData("2026-W49")]
    [InlineData("2027-01-10")]
    public void TryParse_FutureWeek_Refuses(string argument)
    {
        var error = SummaryQueryParser.TryParse(argument, Now, Berlin, out var query);

        Assert.Equal(SummaryQueryError.FutureWeek, error);
        Assert.Null(query);
    }

    [Fact]
    public void TryParse_ThisWeekJustAfterMidnightMondayInBerlin_IsTheBerlinWeek()
    {
        var sundayUtc = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);

        SummaryQueryParser.TryParse("this week", sundayUtc, Berlin, out var berlin);
        SummaryQueryParser.TryParse("this week", sundayUtc, TimeZoneInfo.Utc, out var utc);

        Assert.Equal(new IsoWeek(2026, 49), berlin!.Week);
        Assert.Equal(new IsoWeek(2026, 48), utc!.Week);
    }

    [Fact]
    public void TryParse_LastWeekInFirstWeekOfYear_IsPreviousYearsLastWeek()
    {
        var january = new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.FromHours(1));

        SummaryQueryParser.TryParse("last week", january, Berlin, out var query);

        Assert.Equal(new IsoWeek(2026, 53), query!.Week);
    }
}
