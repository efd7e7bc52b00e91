using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FeedbackBot.Core.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.DirectLine;

/// <summary>
/// Refused input: no, forged, expired or another conversation's token (401/403), malformed or
/// oversized activities (400/413) and floods (429). Nothing refused ever reaches the transcript.
/// </summary>
public sealed class DirectLineBadInputTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private DirectLineBot _bot = null!;
    private DirectLineApi.Conversation _conversation = null!;

    private DirectLineApi Api => _bot.Api;

    public async ValueTask InitializeAsync()
    {
        _bot = new DirectLineBot(services: services => services.AddSingleton<TimeProvider>(_time));
        _conversation = await Api.StartFromPageAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string> ConversationCalls => new() { "poll", "post", "reconnect" };

    [Theory]
    [MemberData(nameof(ConversationCalls))]
    public async Task Call_WithoutAuthorization_Answers401(string call)
    {
        var response = await CallAsync(call, _conversation.Id, bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertTranscriptIsOnlyTheGreetingAsync();
    }

    [Theory]
    [MemberData(nameof(ConversationCalls))]
    public async Task Call_WithAnotherConversationsToken_Answers403(string call)
    {
        var other = await Api.StartFromPageAsync();

        var response = await CallAsync(call, _conversation.Id, other.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertTranscriptIsOnlyTheGreetingAsync();
        Assert.Single(await Api.AllActivitiesAsync(other));
    }

    public static TheoryData<string> ForgedTokens => new()
    {
        "tampered-signature",
        "tampered-payload",
        "other-secret",
        "garbage",
        "no-signature",
    };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task Call_WithAForgedToken_Answers403(string kind)
    {
        var forged = await ForgeAsync(kind);

        var post = await CallAsync("post", _conversation.Id, forged);
        var poll = await CallAsync("poll", _conversation.Id, forged);
        var refresh = await Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", forged);
        var start = await Api.SendAsync(HttpMethod.Post, "/v3/directline/conversations", forged);

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { post.StatusCode, poll.StatusCode, refresh.StatusCode, start.StatusCode });
        await AssertTranscriptIsOnlyTheGreetingAsync();
    }

    [Fact]
    public async Task Token_AfterItsLifetime_Answers403EverywhereAndCannotBeRefreshed()
    {
        _time.Advance(TimeSpan.FromSeconds(1800));

        var post = await CallAsync("post", _conversation.Id, _conversation.Token);
        var poll = await CallAsync("poll", _conversation.Id, _conversation.Token);
        var refresh = await Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", _conversation.Token);

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { post.StatusCode, poll.StatusCode, refresh.StatusCode });
        await AssertTranscriptIsOnlyTheGreetingAsync(DirectLineBot.Secret);
    }

    [Fact]
    public async Task Token_RefreshedBeforeExpiry_WorksPastTheOldExpiry()
    {
        _time.Advance(TimeSpan.FromMinutes(15));
        var refreshed = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(
            await Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", _conversation.Token), HttpStatusCode.OK);
        _time.Advance(TimeSpan.FromMinutes(20));

        var old = await CallAsync("poll", _conversation.Id, _conversation.Token);
        var fresh = await CallAsync("poll", _conversation.Id, refreshed.Token);

        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Generate_WithATokenInsteadOfTheSecret_Answers403()
    {
        var withToken = await Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", _conversation.Token);
        var withoutAny = await Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);

        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutAny.StatusCode);
    }

    public static TheoryData<string> MalformedBodies => new()
    {
        "{\"type\":\"message\",",
        "[1,2,3]",
        "\"just a string\"",
        "null",
        "",
        "{\"type\":{\"nested\":true}}",
        "{\"text\":\"no type\"}",
        "{\"type\":\"message\"}",
        "{\"type\":\"message\",\"text\":\"\"}",
        "{\"type\":\"conversationUpdate\",\"membersAdded\":[{\"id\":\"feedbackbot\"}]}",
        "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"value\":{}}",
        "{\"type\":\"event\"}",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Post_MalformedActivity_Answers400WithDirectLinesErrorShape(string body)
    {
        var response = await Api.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{_conversation.Id}/activities", _conversation.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("BadArgument", error["code"]!.GetValue<string>());
        await AssertTranscriptIsOnlyTheGreetingAsync();
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413()
    {
        var response = await Api.PostActivityAsync(_conversation, DirectLineApi.Message(new string('x', 257 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertTranscriptIsOnlyTheGreetingAsync();
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimitWithoutLength_Answers413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(DirectLineApi.Message(new string('x', 300 * 1024)).ToJsonString())));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{_conversation.Id}/activities") { Content = content };
        request.Headers.Authorization = new("Bearer", _conversation.Token);
        request.Headers.TransferEncodingChunked = true;

        var response = await Api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertTranscriptIsOnlyTheGreetingAsync();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public async Task Poll_WatermarkWeNeverGaveOut_Answers400(string watermark)
    {
        var response = await Api.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_conversation.Id}/activities?watermark={watermark}", _conversation.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Secret_OnAConversationThatWasNeverStarted_Answers404AndStoresNothing()
    {
        var unknown = new DirectLineApi.Conversation("never-started", DirectLineBot.Secret);

        var post = await Api.PostActivityAsync(unknown, DirectLineApi.Message("hello"));
        var poll = await CallAsync("poll", unknown.Id, DirectLineBot.Secret);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Null(await _bot.Host.Services.GetRequiredService<IDirectLineTranscriptStore>().FindConversationAsync(unknown.Id, TestContext.Current.CancellationToken));
    }

    private async Task<HttpResponseMessage> CallAsync(string call, string conversationId, string? bearer) => call switch
    {
        "poll" => await Api.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", bearer),
        "post" => await Api.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, DirectLineApi.Message("sneaky").ToJsonString()),
        "reconnect" => await Api.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", bearer),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
    };

    private async Task<string> ForgeAsync(string kind)
    {
        var token = _conversation.Token;
        var signatureStart = token.LastIndexOf('.') + 1;
        switch (kind)
        {
            case "tampered-signature":
                return token[..signatureStart] + (token[signatureStart] == 'A' ? 'B' : 'A') + token[(signatureStart + 1)..];
            case "tampered-payload":
                var payloadStart = token.IndexOf('.', StringComparison.Ordinal) + 1;
                return token[..payloadStart] + (token[payloadStart] == 'e' ? 'f' : 'e') + token[(payloadStart + 1)..];
            case "other-secret":
                // A real token for this very conversation id, signed by a bot with another secret.
                await using (var stranger = new DirectLineBot(new Dictionary<string, string?> { ["DirectLine:Secret"] = "a-completely-different-secret-0123456789" }))
                {
                    var minted = await DirectLineApi.ReadAsync<DirectLineApi.ConversationBody>(
                        await stranger.Api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "a-completely-different-secret-0123456789"), HttpStatusCode.OK);
                    return minted.Token;
                }

            case "garbage":
                return "not-a-token-at-all";
            case "no-signature":
                return token[..(signatureStart - 1)];
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private async Task AssertTranscriptIsOnlyTheGreetingAsync(string? bearer = null)
    {
        var all = await Api.AllActivitiesAsync(_conversation, bearer);
        var greeting = Assert.Single(all);
        Assert.Equal("bot", DirectLineApi.RoleOf(greeting));
    }
}
