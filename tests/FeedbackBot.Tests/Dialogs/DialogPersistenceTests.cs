using System.Net;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Dialogs;

/// <summary>
/// Dialog state lives in the store, not in the process: a conversation continues across restarts
/// and across instances, and concurrent turns on one conversation never lose an answer.
/// </summary>
public sealed class DialogPersistenceTests : IAsyncLifetime
{
    private LocalModeBot _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await LocalModeBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ThreePromptWaterfall_HostRestartedBetweenEveryTurn_CompletesWithAllAnswers()
    {
        string[] answers = ["three", "Ada", "blue", "yes"];
        var replies = new List<string?>();

        foreach (var answer in answers)
        {
            replies.Add(await SayAsync(_bot.Host.Client, "a:restart", answer, replies.Count + 1));
            await _bot.RestartAsync();
        }

        Assert.Equal(["What is your name?", "Which colour?", "Subscribe?", "Done: Ada, blue, yes."], replies);
    }

    [Fact]
    public async Task TwoInstances_ConcurrentAnswersOnOneConversation_BothTakeEffect()
    {
        await using var second = _bot.NewHost();
        var conversations = Enumerable.Range(0, 8).Select(i => $"a:concurrent-{i}").ToList();
        foreach (var conversation in conversations)
        {
            await PostAsync(_bot.Host.Client, conversation, "three");
        }

        // Both answers race on each conversation, one through each instance. Whichever lands
        // first is the name and the other the colour; a lost update would leave a question open.
        await Task.WhenAll(conversations.SelectMany(c => new[]
        {
            PostAsync(_bot.Host.Client, c, "red"),
            PostAsync(second.Client, c, "green"),
        }));
        foreach (var conversation in conversations)
        {
            await PostAsync(second.Client, conversation, "yes");
        }

        await _bot.Connector.WaitForActivitiesAsync(conversations.Count * 4, TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var finals = _bot.Connector.Requests
            .Select(r => Activities.TextOf(r.Activity))
            .Where(text => text?.StartsWith("Done:", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Equal(conversations.Count, finals.Count);
        Assert.All(finals, text => Assert.True(
            text is "Done: red, green, yes." or "Done: green, red, yes.", text));
    }

    private async Task<string?> SayAsync(HttpClient client, string conversation, string text, int expectedActivities)
    {
        await PostAsync(client, conversation, text);
        await _bot.Connector.WaitForActivitiesAsync(expectedActivities, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        return Activities.VisibleTextOf(_bot.Connector.Requests[^1].Activity);
    }

    private async Task PostAsync(HttpClient client, string conversation, string text)
    {
        var response = await Activities.PostAsync(client, Activities.TeamsMessage(_bot.Connector.ServiceUrl, text, conversation));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
