using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FeedbackBot.Tests.DirectLine;

/// <summary>
/// The Direct Line flow over the real host on loopback, as DirectLineJS and Web Chat drive it with
/// polling (PROTOCOLS.md 5.2, 5.3): start, greet, echo, reply, cards, paging, two instances.
/// </summary>
public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private DirectLineBot _bot = null!;

    private DirectLineApi Api => _bot.Api;

    public ValueTask InitializeAsync()
    {
        _bot = new DirectLineBot(new Dictionary<string, string?> { ["DirectLine:ActivityBurst"] = "1000", ["FeedbackBot:RateLimits:TurnsPerMinute"] = "0" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Start_WithPageToken_Answers201AndTheBotGreetsThroughThePoll()
    {
        var conversation = await Api.StartFromPageAsync();

        var activities = await Api.PollUntilAsync(conversation, a => DirectLineApi.TextOf(a)?.StartsWith("Hi! I'm FeedbackBot", StringComparison.Ordinal) == true);

        var greeting = Assert.Single(activities);
        Assert.Equal("bot", DirectLineApi.RoleOf(greeting));
        Assert.Equal("webchat", greeting.GetProperty("channelId").GetString());
        Assert.Equal(conversation.Id, greeting.GetProperty("conversation").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(greeting.GetProperty("id").GetString()));
        Assert.True(DateTimeOffset.TryParse(greeting.GetProperty("timestamp").GetString(), CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Start_GermanLocale_GreetsInGerman()
    {
        var conversation = await Api.StartFromPageAsync(locale: "de-DE");

        var greeting = Assert.Single(await Api.AllActivitiesAsync(conversation));

        Assert.StartsWith("Hallo", DirectLineApi.TextOf(greeting), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SameTokenTwice_Answers200WithTheSameConversationAndGreetsOnce()
    {
        var token = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(
            await Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineBot.Secret), HttpStatusCode.OK);
        var first = await Api.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token);

        var second = await Api.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token);

        var started = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(first, HttpStatusCode.Created);
        var again = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(second, HttpStatusCode.OK);
        Assert.Equal(token.ConversationId, started.ConversationId);
        Assert.Equal(token.ConversationId, again.ConversationId);
        Assert.Equal(1800, again.ExpiresIn);
        Assert.Single(await Api.AllActivitiesAsync(new(again.ConversationId, again.Token)));
    }

    [Fact]
    public async Task Post_Help_EchoesTheUsersActivityWithItsChannelDataAndTheBotReplies()
    {
        var conversation = await Api.StartFromPageAsync();

        var id = await Api.SayAsync(conversation, "help", clientActivityId: "client-activity-42");
        var activities = await Api.PollUntilAsync(conversation, a => DirectLineApi.TextOf(a)?.StartsWith("Here's what I can do", StringComparison.Ordinal) == true);

        var echo = Assert.Single(activities, a => DirectLineApi.RoleOf(a) == "user");
        var reply = activities[^1];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-activity-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("help", DirectLineApi.TextOf(echo));
        Assert.StartsWith("dl_", echo.GetProperty("from").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("bot", DirectLineApi.RoleOf(reply));
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal(["bot", "user", "bot"], activities.Select(DirectLineApi.RoleOf));
    }

    [Fact]
    public async Task Post_FromIdOfAnotherUser_IsReplacedByTheTokensUser()
    {
        var conversation = await Api.StartFromPageAsync();
        var activity = DirectLineApi.Message("hello");
        activity["from"] = new JsonObject { ["id"] = "29:somebody-else", ["aadObjectId"] = "6f0b-claimed", ["role"] = "bot" };

        var response = await Api.PostActivityAsync(conversation, activity);
        var echo = (await Api.AllActivitiesAsync(conversation)).Single(a => DirectLineApi.TextOf(a) == "hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var from = echo.GetProperty("from");
        Assert.StartsWith("dl_", from.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("user", from.GetProperty("role").GetString());
        Assert.False(from.TryGetProperty("aadObjectId", out _));
    }

    [Fact]
    public async Task Dialog_SuggestedActionsAndACardButton_RunToTheEndAndTheAnsweredCardIsReplaced()
    {
        var conversation = await Api.StartFromPageAsync();
        await Api.SayAsync(conversation, "three");
        await Api.SayAsync(conversation, "Ada");
        var colour = (await Api.AllActivitiesAsync(conversation))[^1];
        await Api.SayAsync(conversation, colour.GetProperty("suggestedActions").GetProperty("actions")[1].GetProperty("value").GetString()!);
        var card = (await Api.AllActivitiesAsync(conversation))[^1];
        var yes = card.GetProperty("attachments")[0].GetProperty("content").GetProperty("actions")[0];
        var submit = new JsonObject
        {
            ["type"] = "message",
            ["value"] = JsonNode.Parse(yes.GetProperty("data").GetRawText()),
            ["replyToId"] = card.GetProperty("id").GetString(),
            ["channelData"] = new JsonObject { ["clientActivityID"] = "submit-1", ["postBack"] = true },
        };

        var response = await Api.PostActivityAsync(conversation, submit);
        var activities = await Api.PollUntilAsync(conversation, a => DirectLineApi.TextOf(a) == "Done: Ada, blue, yes.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Which colour?", DirectLineApi.TextOf(colour));
        Assert.Equal("Yes", yes.GetProperty("title").GetString());
        var replacement = activities.Last(a => a.GetProperty("id").GetString() == card.GetProperty("id").GetString());
        var facts = replacement.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")
            .EnumerateArray().Single(e => e.GetProperty("type").GetString() == "FactSet");
        Assert.Equal("Yes", facts.GetProperty("facts")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Poll_MoreThanOnePage_PagesByWatermarkAndAnEmptyPageKeepsTheWatermark()
    {
        var conversation = await Api.StartFromPageAsync();
        for (var i = 0; i < 60; i++)
        {
            await Api.SayAsync(conversation, "message " + i.ToString(CultureInfo.InvariantCulture));
        }

        var first = await Api.GetActivitiesAsync(conversation);
        var second = await Api.GetActivitiesAsync(conversation, first.Watermark);
        var third = await Api.GetActivitiesAsync(conversation, second.Watermark);

        Assert.Equal(100, first.Activities.Count);
        Assert.Equal(21, second.Activities.Count);
        Assert.Empty(third.Activities);
        Assert.Equal(second.Watermark, third.Watermark);
        var ids = first.Activities.Concat(second.Activities).Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("message 59", DirectLineApi.TextOf(second.Activities[^2]));
    }

    [Fact]
    public async Task Reconnect_WithTheToken_ReturnsTheConversationAndAFreshToken()
    {
        var conversation = await Api.StartFromPageAsync();

        var response = await Api.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=1", conversation.Token);
        var refreshed = await Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        var body = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(response, HttpStatusCode.OK);
        var refresh = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(refreshed, HttpStatusCode.OK);
        Assert.Equal(conversation.Id, body.ConversationId);
        Assert.Equal(conversation.Id, refresh.ConversationId);
        Assert.Single(await Api.AllActivitiesAsync(conversation, bearer: refresh.Token));
    }

    [Fact]
    public async Task Secret_StartsAConversationForTheUserItNames()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineBot.Secret, """{"user":{"id":"dl_named-user"}}""");
        var started = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(response, HttpStatusCode.Created);
        var conversation = new DirectLineApi.Conversation(started.ConversationId, started.Token);

        await Api.SayAsync(conversation, "help");
        var echo = (await Api.AllActivitiesAsync(conversation, bearer: DirectLineBot.Secret)).Single(a => DirectLineApi.RoleOf(a) == "user");

        Assert.Equal("dl_named-user", echo.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_PostOnOnePollOnTheOther_SeesEchoAndReply()
    {
        var conversation = await Api.StartFromPageAsync();
        await using var second = _bot.NewHost();
        var other = new DirectLineApi(second.Client);

        await Api.SayAsync(conversation, "three");
        var seenOnSecond = await other.PollUntilAsync(conversation, a => DirectLineApi.TextOf(a) == "What is your name?");
        await other.SayAsync(conversation, "Grace");
        var seenOnFirst = await Api.PollUntilAsync(conversation, a => DirectLineApi.TextOf(a) == "Which colour?");

        Assert.Contains(seenOnSecond, a => DirectLineApi.TextOf(a) == "three" && DirectLineApi.RoleOf(a) == "user");
        Assert.Equal(
            ["bot", "user", "bot", "user", "bot"],
            seenOnFirst.Select(DirectLineApi.RoleOf));
    }

    [Fact]
    public async Task Typing_IsAcceptedButNotStored()
    {
        var conversation = await Api.StartFromPageAsync();

        var response = await Api.PostActivityAsync(conversation, new JsonObject { ["type"] = "typing" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await Api.AllActivitiesAsync(conversation));
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_AllowsTheHeadersDirectLineJsSends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://www.example.com");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        var response = await Api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.Contains("AUTHORIZATION", allowed, StringComparison.Ordinal);
        Assert.Contains("CONTENT-TYPE", allowed, StringComparison.Ordinal);
        Assert.Contains("X-MS-BOT-AGENT", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPage_IsServedAtTheRootWithoutTheSecret()
    {
        var page = await Api.Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var script = await Api.Client.GetStringAsync("/js/directline.js", TestContext.Current.CancellationToken);

        Assert.Contains("<title>FeedbackBot</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DirectLineBot.Secret, page + script, StringComparison.Ordinal);
        Assert.Contains("chat/token", script, StringComparison.Ordinal);
    }
}
