using System.Net;
using System.Globalization;
using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Channels.Slack.WebApi;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Channels.Slack.Tests.WebApi;

/// <summary>The Web API client against a real HTTP fake of Slack (PROTOCOLS.md 6.7–6.9).</summary>
public sealed class SlackWebApiClientTests
{
    private static readonly SlackMessage Hello = MessageRenderer.RenderOne(Conversations.Turns.Reply.FromText("Hello"), CultureInfo.InvariantCulture);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostMessageAsync_SendsBearerTokenAndUtf8Json_ReturnsTheTs()
    {
        await using var clients = await SlackClients.StartAsync();

        var posted = await clients.WebApi.PostMessageAsync("C1", Hello, threadTs: "1700000000.000001", Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer " + SlackClients.BotToken, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal(("C1", "Hello", "1700000000.000001"), (call.Field("channel"), call.Field("text"), call.Field("thread_ts")));
        Assert.Equal(new PostedMessage("C1", "1700000000.000001"), posted);
    }

    [Fact]
    public async Task PostMessageAsync_NoThread_LeavesThreadTsOut()
    {
        await using var clients = await SlackClients.StartAsync();

        await clients.WebApi.PostMessageAsync("C1", Hello, threadTs: null, Ct);

        Assert.False(Assert.Single(clients.Slack.Calls).Json!.Value.TryGetProperty("thread_ts", out _));
    }

    [Fact]
    public async Task PostMessageAsync_RateLimitedOnce_WaitsAndSucceeds()
    {
        await using var clients = await SlackClients.StartAsync();
        clients.Slack.RateLimitNext("chat.postMessage", 1, retryAfterSeconds: 1);

        var posted = await clients.WebApi.PostMessageAsync("C1", Hello, null, Ct);

        Assert.Equal([429, 200], clients.Slack.Calls.Select(c => c.StatusCode));
        Assert.Equal("C1", posted.Channel);
    }

    [Fact]
    public async Task PostMessageAsync_RateLimitedEveryTime_GivesUpWithTheStatus()
    {
        await using var clients = await SlackClients.StartAsync();
        clients.Slack.RateLimitNext("chat.postMessage", 10, retryAfterSeconds: 0);

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => clients.WebApi.PostMessageAsync("C1", Hello, null, Ct));

        Assert.Equal("http_429", failure.Error);
        Assert.Equal(new SlackResilienceOptions().MaxRetryAttempts + 1, clients.Slack.Calls.Count);
    }

    /// <summary>
    /// The production budget against an outage shaped like the scale-out fault run's (429 with
    /// <c>Retry-After: 3</c> for 3 s, then 503), with the 503 lasting 6 s: the former three retries
    /// waited at most 3 s + 5.7 s, so they gave the reply up inside it every time.
    /// </summary>
    [Fact]
    public async Task PostMessageAsync_ProductionBudgetSlackThrottledThenDownForNineSeconds_PostedAfterTheOutage()
    {
        await using var clients = await SlackClients.StartAsync(productionRetries: true);
        var throttled = clients.Slack.BeginOutage(HttpStatusCode.TooManyRequests, retryAfterSeconds: 3);
        var outage = Task.Run(
            async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(3), Ct);
                using (clients.Slack.BeginOutage(HttpStatusCode.ServiceUnavailable))
                {
                    throttled.Dispose();
                    await Task.Delay(TimeSpan.FromSeconds(6), Ct);
                }
            },
            Ct);

        var posted = await clients.WebApi.PostMessageAsync("C1", Hello, null, Ct);
        await outage;

        Assert.Equal("C1", posted.Channel);
        Assert.Equal(200, clients.Slack.Calls[^1].StatusCode);
        Assert.Contains(clients.Slack.Calls, c => c.StatusCode == 429);
        Assert.Contains(clients.Slack.Calls, c => c.StatusCode == 503);
    }

    [Fact]
    public async Task UpdateMessageAsync_OkFalse_ThrowsWithSlacksCodeAndNoToken()
    {
        await using var clients = await SlackClients.StartAsync();
        clients.Slack.FailNext("chat.update", 1, "message_not_found");

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => clients.WebApi.UpdateMessageAsync("C1", "1.2", Hello, Ct));

        Assert.Equal(("chat.update", "message_not_found"), (failure.Method, failure.Error));
        Assert.Single(clients.Slack.Calls);
        Assert.DoesNotContain(SlackClients.BotToken, failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(clients.Logs.Lines, l => l.Contains("message_not_found", StringComparison.Ordinal));
        Assert.DoesNotContain(clients.Logs.Lines, l => l.Contains(SlackClients.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetUserLocaleAsync_AsksWithIncludeLocaleAsAForm_ReturnsTheLocale()
    {
        await using var clients = await SlackClients.StartAsync();
        clients.Slack.SetUserLocale("U1", "de-DE");

        var locale = await clients.WebApi.GetUserLocaleAsync("U1", Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal("users.info", call.Method);
        Assert.Equal(("U1", "true"), (call.Form!["user"], call.Form["include_locale"]));
        Assert.Equal("de-DE", locale);
    }

    [Fact]
    public async Task OpenDirectMessageAsync_ReturnsTheDmChannel()
    {
        await using var clients = await SlackClients.StartAsync();

        var channel = await clients.WebApi.OpenDirectMessageAsync("U1", Ct);

        Assert.Equal("DU1", channel);
        Assert.Equal("U1", Assert.Single(clients.Slack.Calls).Field("users"));
    }

    [Fact]
    public async Task OpenViewAsync_SendsTriggerAndView_ReturnsTheViewId()
    {
        await using var clients = await SlackClients.StartAsync();
        var view = new SlackView(TextObject.Plain("Form"), []);

        var id = await clients.WebApi.OpenViewAsync("trigger-1", view, Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal(("views.open", "trigger-1"), (call.Method, call.Field("trigger_id")));
        Assert.StartsWith("V", id, StringComparison.Ordinal);
        await clients.WebApi.UpdateViewAsync(id, view, Ct);
        Assert.Equal(id, clients.Slack.CallsTo("views.update").Single().Field("view_id"));
    }

    [Fact]
    public async Task PostEphemeralAsync_NamesTheUser()
    {
        await using var clients = await SlackClients.StartAsync();

        await clients.WebApi.PostEphemeralAsync("C1", "U1", Hello, null, Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal(("chat.postEphemeral", "C1", "U1"), (call.Method, call.Field("channel"), call.Field("user")));
    }

    [Fact]
    public async Task ResponseUrl_PostsWithoutTheBotToken()
    {
        await using var clients = await SlackClients.StartAsync();

        await clients.ResponseUrls.PostAsync(clients.Slack.ResponseUrl("r1"), new ResponseUrlMessage("Hi", []) { ResponseType = "ephemeral" }, Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal((FakeSlackWebApi.ResponseUrlMethod, "r1", "ephemeral"), (call.Method, call.ResponseUrlId, call.Field("response_type")));
        Assert.Null(call.Authorization);
    }

    [Fact]
    public async Task ResponseUrl_Refused_ThrowsWithSlacksCode()
    {
        await using var clients = await SlackClients.StartAsync();
        clients.Slack.FailNext(FakeSlackWebApi.ResponseUrlMethod, 1, "expired_url");

        var failure = await Assert.ThrowsAsync<SlackApiException>(() =>
            clients.ResponseUrls.PostAsync(clients.Slack.ResponseUrl("r1"), new ResponseUrlMessage("Hi", []), Ct));

        Assert.Equal("expired_url", failure.Error);
    }
}
