using FeedbackBot.Core.Service;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Service;

/// <summary>The customers' definition survey in Teams, end to end through /api/messages.</summary>
public sealed class TeamsSurveyTests : IAsyncLifetime
{
    private TeamsServiceBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await TeamsServiceBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Survey_InvalidAnswerThenStopThenResume_KeepsTheAnswersAndFinishes()
    {
        var intro = await _bot.SayAsync("service-survey", "(1/7)");
        var retry = await _bot.SayAsync("banana", "Please pick one");
        await _bot.SayAsync("crucial", "(2/7) How important is Warranties");
        await _bot.SayAsync("stop", "");
        var resumed = await _bot.SayAsync("service-survey", "(2/7)");
        foreach (var (answer, next) in new[] { ("2", "(3/7)"), ("nice to have", "(4/7)"), ("4", "(5/7)"), ("Important", "(6/7)"), ("1", "(7/7)"), ("crucial", "Last one") })
        {
            await _bot.SayAsync(answer, next);
        }

        var thanks = await _bot.SayAsync("Answer within a day, and mean it.", "Thank you!");

        Assert.Contains(intro, r => r.StartsWith("Thanks for helping! I'll name 7 parts of service", StringComparison.Ordinal));
        Assert.Contains("(1/7) How important is Guarantees to you?", intro);
        Assert.Contains(retry, r => r.StartsWith("Please pick one for Guarantees:", StringComparison.Ordinal));
        Assert.Contains("Welcome back! You've ranked 1 of 7 already; let's go on.", resumed);
        Assert.Single(thanks);
        var quarter = Quarter.FromInstant(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        var saved = await _bot.Service<ISurveyAnswerStore>().FindAsync(Activities.TenantId, quarter, "29:ada", Ct);
        Assert.NotNull(saved);
        Assert.True(saved.Completed);
        Assert.Equal("Answer within a day, and mean it.", saved.ExcellentService);
        Assert.Equal(ElementImportance.Crucial, saved.Rankings[ServiceElementDefaults.Guarantees]);
        Assert.Equal(ElementImportance.NiceToHave, saved.Rankings[ServiceElementDefaults.Returns]);
        Assert.Equal(ElementImportance.NotImportant, saved.Rankings[ServiceElementDefaults.Shipping]);
        Assert.Equal(ElementImportance.Crucial, saved.Rankings[ServiceElementDefaults.OrderFulfillment]);
        Assert.Equal(7, saved.Rankings.Count);
    }

    [Fact]
    public async Task Survey_GermanLocale_AsksInGermanWithGermanElementNames()
    {
        var intro = await _bot.SayAsync("service-survey", "(1/7)", locale: "de-DE");
        var next = await _bot.SayAsync("entscheidend", "(2/7)", locale: "de-DE");

        Assert.Contains("(1/7) Wie wichtig ist dir: Garantien?", intro);
        Assert.Contains("(2/7) Wie wichtig ist dir: Gewährleistung?", next);
    }

    [Fact]
    public async Task Survey_AnsweredAlreadyThisQuarter_AsksBeforeReplacingAndKeepsTheOldOnNo()
    {
        var quarter = Quarter.FromInstant(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        var old = new SurveyAnswerSet(
            Activities.TenantId, "29:ada", quarter, new Dictionary<string, ElementImportance> { ["shipping"] = ElementImportance.Crucial }, "old", true, DateTimeOffset.UtcNow.AddDays(-1));
        await _bot.Service<ISurveyAnswerStore>().SaveAsync(old, Ct);

        var asked = await _bot.SayAsync("service-survey", "Answer again?");
        var kept = await _bot.SayAsync("no", "stay as they are");

        Assert.Contains(asked, r => r.StartsWith("You already answered this quarter", StringComparison.Ordinal));
        Assert.Single(kept);
        Assert.Equal("old", (await _bot.Service<ISurveyAnswerStore>().FindAsync(Activities.TenantId, quarter, "29:ada", Ct))!.ExcellentService);
    }

    [Fact]
    public async Task Survey_TooManyInvalidAnswers_PausesAndResumesLater()
    {
        await _bot.SayAsync("service-survey", "(1/7)");
        await _bot.SayAsync("important", "(2/7)");
        await _bot.SayAsync("what?", "Please pick one");
        await _bot.SayAsync("no idea", "Please pick one");

        var paused = await _bot.SayAsync("still no idea", "Let's pause here");
        var resumed = await _bot.SayAsync("service-survey", "(2/7)");

        Assert.Single(paused);
        Assert.Contains("Welcome back! You've ranked 1 of 7 already; let's go on.", resumed);
    }
}
