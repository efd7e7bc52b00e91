using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Security;

/// <summary>
/// FeedbackBot:RateLimits and the Direct Line limits: per API key on /api/interactions, per client
/// address on the links and the Direct Line token endpoints (429 with Retry-After), and per user
/// for chat turns on the Bot Framework and Slack (a friendly message, since those channels expect 200).
/// Each test sets a burst of 2 and a refill of 1 per minute, so the third request is the refused
/// one whatever the machine's speed.
/// </summary>
public sealed class RateLimitTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string?> Tight = new()
    {
        ["FeedbackBot:RateLimits:InteractionsPerMinute"] = "1",
        ["FeedbackBot:RateLimits:InteractionBurst"] = "2",
        ["FeedbackBot:RateLimits:LinkRequestsPerMinute"] = "1",
        ["FeedbackBot:RateLimits:LinkBurst"] = "2",
        ["FeedbackBot:RateLimits:TurnsPerMinute"] = "1",
        ["FeedbackBot:RateLimits:TurnBurst"] = "2",
        ["DirectLine:ConversationStartsPerMinute"] = "1",
        ["DirectLine:ConversationStartBurst"] = "1",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Interactions_ThirdCallWithOneKey_Answers429WithRetryAfterWhileAnotherKeyGoesOn()
    {
        await using var bot = await SecuredBot.StartAsync(Tight);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostInteractionAsync(bot, $"ticket-{i}", SecuredBot.ApiKey);
            statuses.Add(response.StatusCode);
        }

        using var refused = await PostInteractionAsync(bot, "ticket-9", SecuredBot.ApiKey);
        using var otherKey = await PostInteractionAsync(bot, "ticket-contoso", SecuredBot.ContosoKey);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        AssertRefused(refused);
        Assert.Equal(HttpStatusCode.Created, otherKey.StatusCode);
    }

    [Fact]
    public async Task SurveyLink_ThirdRequestFromOneAddress_Answers429WithRetryAfterAndStoresNothing()
    {
        await using var bot = await SecuredBot.StartAsync(Tight);
        using var created = await PostInteractionAsync(bot, "ticket-1", SecuredBot.ApiKey);
        var token = new Uri((await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["surveyUrl"]!.GetValue<string>()).AbsolutePath.Split('/')[^1];

        using var first = await bot.Client.GetAsync($"/feedback/{token}", Ct);
        using var second = await bot.Client.GetAsync($"/feedback/{token}", Ct);
        using var third = await bot.Client.GetAsync($"/feedback/{token}?vote=miss", Ct);
        var status = await (await bot.Client.GetAsync($"/feedback/{token}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        AssertRefused(third);
        Assert.DoesNotContain("voted", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectLineTokenRefresh_AfterTheAddressSpentItsStarts_Answers429WithRetryAfter()
    {
        await using var bot = await SecuredBot.StartAsync(Tight);
        using var issued = await PostWithSecretAsync(bot, "/v3/directline/tokens/generate", $"Bearer {SecuredBot.DirectLineSecret}");
        var token = (await issued.Content.ReadFromJsonAsync<JsonObject>(Ct))!["token"]!.GetValue<string>();

        using var refresh = await PostWithSecretAsync(bot, "/v3/directline/tokens/refresh", $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refresh.StatusCode);
        Assert.NotNull(refresh.Headers.RetryAfter);
    }

    [Fact]
    public async Task TeamsTurns_FourQuickMessagesFromOneUser_TwoAnsweredOneToldToSlowDownAndOtherUsersUnaffected()
    {
        await using var bot = await SecuredBot.StartAsync(Tight);
        await bot.WarmUpAsync();
        var serviceUrl = bot.Peers.Connector.ServiceUrl;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await Activities.PostAsync(bot.Client, Activities.TeamsMessage(serviceUrl, "help"), bot.Peers.ChannelToken());
            statuses.Add(response.StatusCode);
        }

        using var other = await Activities.PostAsync(bot.Client, Activities.TeamsMessage(serviceUrl, "help", conversationId: "a:personal-2", userId: "29:bob"), bot.Peers.ChannelToken());
        await bot.Peers.Connector.WaitForActivitiesAsync(5, Wait, Ct);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var toAda = TextsTo(bot, "a:personal-1");
        Assert.Single(toAda, t => t.Contains("faster than I can answer", StringComparison.Ordinal));
        Assert.Contains("faster than I can answer", toAda[^1], StringComparison.Ordinal);
        Assert.True(toAda.Count >= 3, "both allowed turns were answered before the notice");
        Assert.DoesNotContain(TextsTo(bot, "a:personal-2"), t => t.Contains("faster than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackCommands_ThirdQuickCommandFromOneUser_IsToldToSlowDown()
    {
        await using var bot = await SecuredBot.StartAsync(Tight);

        for (var i = 0; i < 3; i++)
        {
            using var request = bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/service-statement", "", "C1", bot.Slack.ResponseUrl($"cmd-{i}")));
            using var response = await bot.Client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 3, Wait, Ct);

        // The three are queued and may run in any order: which one is refused is not fixed, how many is.
        var answers = bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod).Select(c => string.Join(" ", c.AllText())).ToList();
        Assert.Single(answers, a => a.Contains("faster than I can answer", StringComparison.Ordinal));
        Assert.Equal(2, answers.Count(a => a.Contains("service statement", StringComparison.Ordinal)));
    }

    private static List<string> TextsTo(SecuredBot bot, string conversationId) =>
        [.. bot.Peers.Connector.Requests.Where(r => r.ConversationId == conversationId).Select(r => Activities.VisibleTextOf(r.Activity) ?? "")];

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> PostInteractionAsync(SecuredBot bot, string interactionId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["interactionId"] = interactionId,
                ["customer"] = new JsonObject { ["id"] = "cust-1", ["name"] = "Ada" },
                ["agent"] = new JsonObject { ["id"] = "agent-7", ["name"] = "Sam" },
                ["team"] = "support",
                ["occurredAt"] = "2026-11-20T14:03:00Z",
            }),
        };
        request.Headers.Add("X-Api-Key", key);
        return await bot.Client.SendAsync(request, Ct);
    }

    private static async Task<HttpResponseMessage> PostWithSecretAsync(SecuredBot bot, string path, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return await bot.Client.SendAsync(request, Ct);
    }
}
