using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Service;
using FeedbackBot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Service;

/// <summary>The definition survey in the web chat, through the embedded Direct Line as the chat page uses it.</summary>
public sealed class WebChatSurveyTests : IAsyncLifetime
{
    private DirectLineBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DirectLineApi Api => _bot.Api;

    public ValueTask InitializeAsync()
    {
        _bot = new DirectLineBot(new Dictionary<string, string?> { ["DirectLine:ActivityBurst"] = "1000" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Survey_InvalidAnswersStopResumeAndFinish_StoresOneCompletedSet()
    {
        var conversation = await Api.StartFromPageAsync();
        await SayAsync(conversation, "service-survey", "(1/7) How important is Guarantees to you?");
        await SayAsync(conversation, "42", "Please pick one for Guarantees");
        await SayAsync(conversation, "not important", "(2/7) How important is Warranties to you?");
        await SayAsync(conversation, "stop", "I've stopped");
        await SayAsync(conversation, "service-survey", "Welcome back! You've ranked 1 of 7 already");
        foreach (var (answer, next) in new[] { ("1", "(3/7)"), ("2", "(4/7)"), ("3", "(5/7)"), ("4", "(6/7)"), ("1", "(7/7)"), ("2", "Last one") })
        {
            await SayAsync(conversation, answer, next);
        }

        await SayAsync(conversation, new string('x', SurveyAnswerSet.MaxTextLength + 1), "please keep it under 1000 characters");
        await SayAsync(conversation, "skip", "Thank you!");

        var quarter = Quarter.FromInstant(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        var saved = Assert.Single(await _bot.Host.Services.GetRequiredService<ISurveyAnswerStore>().ListAsync(Tenants.Default, quarter, Ct));
        Assert.True(saved.Completed);
        Assert.Null(saved.ExcellentService);
        Assert.Equal(7, saved.Rankings.Count);
        Assert.Equal(ElementImportance.NotImportant, saved.Rankings[ServiceElementDefaults.Guarantees]);
        Assert.Equal(ElementImportance.Important, saved.Rankings[ServiceElementDefaults.OrderFulfillment]);
    }

    /// <summary>Says <paramref name="text"/> and waits until one more bot message than before contains <paramref name="expected"/>.</summary>
    private async Task SayAsync(DirectLineApi.Conversation conversation, string text, string expected)
    {
        bool Matches(System.Text.Json.JsonElement a) =>
            DirectLineApi.RoleOf(a) == "bot" && DirectLineApi.TextOf(a)?.Contains(expected, StringComparison.Ordinal) == true;

        var before = (await Api.AllActivitiesAsync(conversation)).Count(Matches);
        await Api.SayAsync(conversation, text);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await Api.AllActivitiesAsync(conversation)).Count(Matches) <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No bot message containing \"{expected}\" after \"{text}\".");
            await Task.Delay(50, Ct);
        }
    }
}
