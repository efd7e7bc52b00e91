using System.Net;

namespace FeedbackBot.Tests.Slack;

/// <summary>The Events API end to end (PROTOCOLS.md 6.5, 6.6, 6.9).</summary>
public sealed class EventTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private SlackBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // One worker: events are handled in arrival order, so "the next event has been answered"
    // means every earlier one has been handled too.
    public async ValueTask InitializeAsync() => _bot = await SlackBot.StartAsync(new Dictionary<string, string?> { ["Slack:Workers"] = "1" });

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        using var response = await SendAsync("""{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task DirectMessage_BecomesATurn_AnsweredInTheDm()
    {
        using var response = await SendAsync(SlackPayloads.DirectMessageEvent("Ev1", "confirm"));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = _bot.Slack.CallsTo("chat.postMessage").Single();
        Assert.Equal(("D0123456", "Bearer " + SlackBot.BotToken), (post.Field("channel"), post.Authorization));
        Assert.Contains(post.AllText(), t => t.Contains(Testing.Slack.ConfirmCardDialog.Question, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mention_WithTheBotsMentionStripped_StartsTheDialogInTheChannel()
    {
        using var response = await SendAsync(SlackPayloads.MentionEvent("Ev1", $"<@{SlackPayloads.BotUser}> confirm"));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = _bot.Slack.CallsTo("chat.postMessage").Single();
        Assert.Equal("C2147483705", post.Field("channel"));
        Assert.Contains(post.AllText(), t => t.Contains(Testing.Slack.ConfirmCardDialog.Question, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetriedEvent_HasExactlyOneEffect()
    {
        using var first = await SendAsync(SlackPayloads.DirectMessageEvent("Ev-retried", "confirm"));
        using var retry = await SendAsync(SlackPayloads.DirectMessageEvent("Ev-retried", "confirm"), retryNumber: "1");
        using var secondRetry = await SendAsync(SlackPayloads.DirectMessageEvent("Ev-retried", "confirm"), retryNumber: "2");
        using var sentinel = await SendAsync(SlackPayloads.DirectMessageEvent("Ev-sentinel", "help", channel: "D0999999"));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 2, Wait, Ct);

        Assert.All(new[] { first, retry, secondRetry, sentinel }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(["D0123456", "D0999999"], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Field("channel")));
    }

    [Theory]
    [InlineData("BBOT", null, "U2147483697")]
    [InlineData(null, "message_changed", "U2147483697")]
    [InlineData(null, "message_deleted", "U2147483697")]
    [InlineData(null, "bot_message", "U2147483697")]
    [InlineData(null, null, SlackPayloads.BotUser)]
    public async Task BotMessagesAndEdits_AreAcknowledgedAndIgnored(string? botId, string? subtype, string user)
    {
        using var ignored = await SendAsync(SlackPayloads.DirectMessageEvent("Ev-ignored", "confirm", user: user, botId: botId, subtype: subtype));
        using var sentinel = await SendAsync(SlackPayloads.DirectMessageEvent("Ev-sentinel", "help", channel: "D0999999"));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);
        Assert.Equal(["D0999999"], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Field("channel")));
    }

    [Fact]
    public async Task Reply_RateLimitedOnce_IsSentAfterRetryAfter()
    {
        _bot.Slack.RateLimitNext("chat.postMessage", 1, retryAfterSeconds: 1);

        using var response = await SendAsync(SlackPayloads.DirectMessageEvent("Ev1", "help"));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 2, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([429, 200], _bot.Slack.CallsTo("chat.postMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Reply_RefusedWithOkFalse_TellsTheUserWhyPrivately()
    {
        _bot.Slack.FailNext("chat.postMessage", 1, "not_in_channel");

        using var response = await SendAsync(SlackPayloads.MentionEvent("Ev1", $"<@{SlackPayloads.BotUser}> help"));
        await _bot.Slack.WaitForCallsAsync("chat.postEphemeral", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = _bot.Slack.CallsTo("chat.postEphemeral").Single();
        Assert.Equal(("C2147483705", SlackPayloads.User), (notice.Field("channel"), notice.Field("user")));
        Assert.Equal("Sorry, I couldn't post my reply here. Slack said: not_in_channel.", notice.Field("text"));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("not_in_channel", StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains(SlackBot.BotToken, StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> SendAsync(string body, string? retryNumber = null)
    {
        using var request = _bot.Signer.Json("/api/slack/events", body);
        if (retryNumber is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNumber);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await _bot.Client.SendAsync(request, Ct);
    }
}
