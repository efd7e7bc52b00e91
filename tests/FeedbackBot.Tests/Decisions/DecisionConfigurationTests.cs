using FeedbackBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Tests.Decisions;

/// <summary><c>FeedbackBot:DecisionFollowUpDays</c>: honoured when set, refused at start when out of range.</summary>
public sealed class DecisionConfigurationTests
{
    [Fact]
    public async Task DecisionCheck_FollowUpDaysConfigured_SchedulesTheFollowUpThatManyDaysOut()
    {
        await using var bot = await TeamsDecisionBot.StartAsync(new Dictionary<string, string?> { ["FeedbackBot:DecisionFollowUpDays"] = "3" });
        await bot.SayAsync("decision-check Offer free express shipping");

        foreach (var answer in new[] { "shipping", "hit", "speed", "yes", "faster", "no" })
        {
            await bot.SayAsync(answer);
        }

        var record = Assert.Single(await bot.DecisionsAsync());
        Assert.Equal(bot.Time.GetUtcNow().AddDays(3), record.FollowUpDueAt);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")]
    public async Task Host_FollowUpDaysOutOfRange_RefusesToStart(string days)
    {
        using var database = new TempDatabase();
        await using var host = new BotHost(database.Path, new Dictionary<string, string?> { ["FeedbackBot:DecisionFollowUpDays"] = days });

        var error = Assert.ThrowsAny<Exception>(() => host.Client);

        Assert.Contains("DecisionFollowUpDays", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is OptionsValidationException options ? string.Join(" ", options.Failures) : error.ToString();
}
