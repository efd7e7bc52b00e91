using FeedbackBot.Core.Service;

namespace FeedbackBot.Core.Tests.Service;

public sealed class QuarterTests
{
    [Fact]
    public void FromInstant_NewYearsEveInBerlin_IsTheNewYearsFirstQuarter()
    {
        var instant = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        var quarter = Quarter.FromInstant(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        Assert.Equal(new Quarter(2027, 1), quarter);
    }

    [Fact]
    public void PreviousAndNext_AcrossTheYear_Wrap()
    {
        var first = new Quarter(2027, 1);

        Assert.Equal(new Quarter(2026, 4), first.Previous());
        Assert.Equal(first, first.Previous().Next());
    }

    [Theory]
    [InlineData("2026-Q4", true)]
    [InlineData("2026-q1", true)]
    [InlineData("2026-Q5", false)]
    [InlineData("2026-Q0", false)]
    [InlineData("26-Q4", false)]
    [InlineData("", false)]
    public void TryParse_Text_AcceptsOnlyYearDashQuarter(string text, bool valid)
    {
        var parsed = Quarter.TryParse(text, out var quarter);

        Assert.Equal(valid, parsed);
        if (valid)
        {
            Assert.Equal(text.ToUpperInvariant(), quarter.ToString());
        }
    }
}
