using System.Globalization;
using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Testing.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Channels.Slack.Tests.Processing;

/// <summary>Which Slack route each reply takes (PROTOCOLS.md 6.3, 6.4, 6.8).</summary>
public sealed class SlackReplySinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_PrivateRepliesBeyondFiveUses_SwitchFromResponseUrlToPostEphemeral()
    {
        await using var clients = await SlackClients.StartAsync();
        var sink = Sink(clients, Target(clients) with { Ephemeral = true });

        for (var i = 0; i < 6; i++)
        {
            await sink.SendAsync(Reply.FromText($"reply {i}"), Ct);
        }

        Assert.Equal(
            [.. Enumerable.Repeat(FakeSlackWebApi.ResponseUrlMethod, 5), "chat.postEphemeral"],
            clients.Slack.Calls.Select(c => c.Method));
        Assert.All(clients.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod), c => Assert.Equal("ephemeral", c.Field("response_type")));
    }

    [Fact]
    public async Task SendAsync_ResponseUrlOlderThanThirtyMinutes_UsesPostEphemeral()
    {
        await using var clients = await SlackClients.StartAsync();
        var time = new FakeTimeProvider(Now);
        var sink = Sink(clients, Target(clients) with { Ephemeral = true }, time);
        time.Advance(TimeSpan.FromMinutes(31));

        await sink.SendAsync(Reply.FromText("late"), Ct);

        Assert.Equal("chat.postEphemeral", Assert.Single(clients.Slack.Calls).Method);
    }

    [Fact]
    public async Task SendAsync_PublicReply_PostsInTheThreadAndReturnsTheTs()
    {
        await using var clients = await SlackClients.StartAsync();
        var sink = Sink(clients, Target(clients) with { ThreadTs = "1700000000.000100" });

        var id = await sink.SendAsync(Reply.FromText("hi"), Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal(("chat.postMessage", "C1", "1700000000.000100"), (call.Method, call.Field("channel"), call.Field("thread_ts")));
        Assert.Equal("1700000000.000001", id);
    }

    [Fact]
    public async Task UpdateAsync_PublicMessage_UsesChatUpdateOnItsTs()
    {
        await using var clients = await SlackClients.StartAsync();
        var sink = Sink(clients, Target(clients));

        await sink.UpdateAsync("1700000000.000042", Reply.FromText("answered"), Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal(("chat.update", "C1", "1700000000.000042"), (call.Method, call.Field("channel"), call.Field("ts")));
    }

    [Fact]
    public async Task UpdateAsync_PrivateMessage_ReplacesTheOriginalThroughTheResponseUrl()
    {
        await using var clients = await SlackClients.StartAsync();
        var sink = Sink(clients, Target(clients) with { Ephemeral = true });

        await sink.UpdateAsync("1700000000.000042", Reply.FromText("answered"), Ct);

        var call = Assert.Single(clients.Slack.Calls);
        Assert.Equal((FakeSlackWebApi.ResponseUrlMethod, "true"), (call.Method, call.Field("replace_original")));
    }

    [Fact]
    public async Task SendAsync_SlackRefuses_TellsTheUserOnceInTheirLanguageWithSlacksReason()
    {
        await using var clients = await SlackClients.StartAsync();
        clients.Slack.FailNext("chat.postMessage", 2, "not_in_channel");
        var sink = Sink(clients, Target(clients) with { ResponseUrl = null }, culture: CultureInfo.GetCultureInfo("de"));

        await sink.SendAsync(Reply.FromText("one"), Ct);
        await sink.SendAsync(Reply.FromText("two"), Ct);

        var notice = Assert.Single(clients.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal("U1", notice.Field("user"));
        Assert.Contains("Slack meldet: not_in_channel", notice.Field("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FormWithFreshTrigger_OpensAModalOnce()
    {
        await using var clients = await SlackClients.StartAsync();
        var sink = Sink(clients, Target(clients) with { TriggerId = "trigger-1" });
        var form = new Reply { Card = new Card { Inputs = [new TextCardInput("answer", "Name")] } };

        var viewId = await sink.SendAsync(form, Ct);
        await sink.SendAsync(form, Ct);

        Assert.Equal(["views.open", "chat.postMessage"], clients.Slack.Calls.Select(c => c.Method));
        Assert.StartsWith("V", viewId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FormWithExpiredTrigger_AsksInAMessage()
    {
        await using var clients = await SlackClients.StartAsync();
        var time = new FakeTimeProvider(Now);
        var sink = Sink(clients, Target(clients) with { TriggerId = "trigger-1" }, time);
        time.Advance(TimeSpan.FromSeconds(3));

        await sink.SendAsync(new Reply { Card = new Card { Inputs = [new TextCardInput("answer", "Name")] } }, Ct);

        Assert.Equal("chat.postMessage", Assert.Single(clients.Slack.Calls).Method);
    }

    [Fact]
    public async Task SendAsync_ModalRefused_AsksInAMessageWithoutComplaining()
    {
        await using var clients = await SlackClients.StartAsync();
        clients.Slack.FailNext("views.open", 1, "trigger_expired");
        var sink = Sink(clients, Target(clients) with { TriggerId = "trigger-1" });

        await sink.SendAsync(new Reply { Card = new Card { Inputs = [new TextCardInput("answer", "Name")] } }, Ct);

        Assert.Equal(["views.open", "chat.postMessage"], clients.Slack.Calls.Select(c => c.Method));
    }

    private static SlackReplyTarget Target(SlackClients clients) => new()
    {
        TeamId = "T1",
        UserId = "U1",
        ChannelId = "C1",
        ResponseUrl = clients.Slack.ResponseUrl("r1"),
        ReceivedAt = Now,
    };

    private static SlackReplySink Sink(SlackClients clients, SlackReplyTarget target, TimeProvider? time = null, CultureInfo? culture = null) =>
        new(target, culture ?? CultureInfo.GetCultureInfo("en"), clients.WebApi, clients.ResponseUrls, time ?? new FakeTimeProvider(Now), new SlackOptions().ModalTriggerBudget, NullLogger.Instance);
}
