using System.Net;
using FeedbackBot.Testing;
using FeedbackBot.Tests.Slack;
using FeedbackBot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// The fake Bot Connector and the fake Slack Web API rate-limiting (429 with <c>Retry-After</c>)
/// and then down (503) for a while: a reply waits as long as the peer asks, is delivered once the
/// peer is back, and exactly once. An outage longer than the retry budget is logged, the answer the
/// user gave is kept, and their next message carries on. CI-sized, an outage ends after a few
/// refused attempts; <c>FEEDBACKBOT_FAULT_SECONDS</c> makes it last that long instead.
/// </summary>
public sealed class PeerOutageTests : IAsyncDisposable
{
    private const int RefusedAttempts = 3;
    private const string Conversation = "a:peer-outage";

    private static readonly int[] Refusals = [StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable];

    // Enough attempts, each waiting Retry-After (1 s) or a backoff capped at 3 s, to outlast the
    // CI-sized outage and a full-length one of FEEDBACKBOT_FAULT_SECONDS (10 s) alike.
    private static readonly Dictionary<string, string?> PatientSlack = new()
    {
        ["Slack:Resilience:MaxRetryAttempts"] = "10",
        ["Slack:Resilience:BaseDelay"] = "00:00:00.200",
        ["Slack:Resilience:MaxDelay"] = "00:00:03",
    };

    private FaultBot? _bot;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimeSpan Wait => FaultRun.Deadline;

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task TeamsReply_ConnectorRateLimitedThenDown_DeliveredOnceAfterRecoveryWaitingRetryAfter()
    {
        _bot = await FaultBot.StartAsync(retries =>
        {
            retries.MaxRetryAttempts = 10;
            retries.BaseDelay = TimeSpan.FromMilliseconds(200);
            retries.MaxDelay = TimeSpan.FromSeconds(3);
        });
        var host = _bot.NewHost();
        Assert.Equal(["What is your name?"], await SayAsync(host, "three"));

        using var throttled = _bot.Connector.BeginOutage(HttpStatusCode.TooManyRequests, retryAfter: "1");
        var before = _bot.Connector.Requests.Count;
        var turn = SayAsync(host, "Ada");
        await _bot.Connector.WaitForRequestsAsync(before + RefusedAttempts - 1, Wait, Ct);
        using (_bot.Connector.BeginOutage(HttpStatusCode.ServiceUnavailable))
        {
            throttled.Dispose();
            await WaitOutOutageAsync(() => _bot.Connector.Requests.Count - before);
        }

        var delivered = await turn;
        var attempts = _bot.Connector.Requests.Skip(before).ToList();
        var next = await SayAsync(host, "blue");

        Assert.Equal(["Which colour?"], delivered);
        Assert.Equal(HttpStatusCode.Created, (HttpStatusCode)attempts[^1].StatusCode);
        Assert.All(attempts.SkipLast(1), a => Assert.Contains(a.StatusCode, Refusals));
        Assert.All(
            attempts.Zip(attempts.Skip(1)).Where(pair => pair.First.StatusCode == 429),
            pair => Assert.True(pair.Second.ReceivedAt - pair.First.ReceivedAt >= TimeSpan.FromSeconds(0.9), "A retry came before the Retry-After of 1 s."));
        Assert.Equal(["Subscribe?"], next);
        Assert.Single(Accepted(), text => text == "Which colour?");
    }

    [Fact]
    public async Task TeamsReply_ConnectorDownLongerThanTheRetryBudget_LoggedAnswerKeptNextMessageCarriesOn()
    {
        _bot = await FaultBot.StartAsync(retries =>
        {
            retries.MaxRetryAttempts = 2;
            retries.BaseDelay = TimeSpan.FromMilliseconds(50);
        });
        var host = _bot.NewHost();
        await SayAsync(host, "three");

        IReadOnlyList<string?> lost;
        var before = _bot.Connector.Requests.Count;
        using (_bot.Connector.BeginOutage(HttpStatusCode.ServiceUnavailable))
        {
            lost = await SayAsync(host, "Ada");
        }

        var refused = _bot.Connector.Requests.Count - before;
        var next = await SayAsync(host, "blue");
        var last = await SayAsync(host, "yes");

        Assert.Empty(lost);
        Assert.Equal(3, refused);
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("Could not send a reply on channel msteams", StringComparison.Ordinal));
        Assert.Equal(["Subscribe?"], next);
        Assert.Equal(["Done: Ada, blue, yes."], last);
        Assert.DoesNotContain(Accepted(), text => text == "Which colour?");
    }

    [Fact]
    public async Task SlackReply_WebApiRateLimitedThenDown_DeliveredOnceAfterRecoveryWaitingRetryAfter()
    {
        _bot = await FaultBot.StartAsync(settings: PatientSlack);
        var host = _bot.NewHost();
        await SlackSayAsync(host, "Ev1", "three", expectedPosts: 1);

        using var throttled = _bot.Slack.BeginOutage(HttpStatusCode.TooManyRequests, retryAfterSeconds: 1);
        await SlackSayAsync(host, "Ev2", "Ada", expectedPosts: 1 + RefusedAttempts - 1);
        using (_bot.Slack.BeginOutage(HttpStatusCode.ServiceUnavailable))
        {
            throttled.Dispose();
            await WaitOutOutageAsync(() => _bot.Slack.CallCountOf("chat.postMessage") - 1);
        }

        await Poll.UntilAsync(() => PostsWith("Which colour?").Any(c => c.StatusCode == 200), "the reply after Slack recovered");
        var attempts = PostsWith("Which colour?");

        Assert.Single(attempts, c => c.StatusCode == 200 && c.Error is null);
        Assert.Equal(200, attempts[^1].StatusCode);
        Assert.All(attempts.SkipLast(1), c => Assert.Contains(c.StatusCode, Refusals));
        Assert.All(
            attempts.Zip(attempts.Skip(1)).Where(pair => pair.First.StatusCode == 429),
            pair => Assert.True(pair.Second.ReceivedAt - pair.First.ReceivedAt >= TimeSpan.FromSeconds(0.9), "A retry came before the Retry-After of 1 s."));
    }

    [Fact]
    public async Task SlackReply_WebApiDownLongerThanTheRetryBudget_LoggedAnswerKeptNextMessageCarriesOn()
    {
        _bot = await FaultBot.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Slack:Resilience:MaxRetryAttempts"] = "1",
            ["Slack:Resilience:BaseDelay"] = "00:00:00.050",
        });
        var host = _bot.NewHost();
        await SlackSayAsync(host, "Ev1", "three", expectedPosts: 1);

        using (_bot.Slack.BeginOutage(HttpStatusCode.ServiceUnavailable))
        {
            await SlackSayAsync(host, "Ev2", "Ada", expectedPosts: 3);
            await Poll.UntilAsync(() => _bot.Logs.Lines.Any(l => l.Contains("Could not tell the user in D0123456 that a reply failed", StringComparison.Ordinal) && l.Contains("http_503", StringComparison.Ordinal)), "the undelivered reply logged");
        }

        await SlackSayAsync(host, "Ev3", "blue", expectedPosts: 4);
        await Poll.UntilAsync(() => PostsWith("Subscribe?").Any(c => c.StatusCode == 200), "the next reply");

        Assert.DoesNotContain(PostsWith("Which colour?"), c => c.StatusCode == 200);
        Assert.Single(PostsWith("Subscribe?"), c => c.StatusCode == 200);
    }

    /// <summary>Keeps the outage on until it has refused enough attempts, and lasted the full-length run's time when one is asked for.</summary>
    private static async Task WaitOutOutageAsync(Func<int> refused)
    {
        var started = DateTimeOffset.UtcNow;
        var lasts = Environment.GetEnvironmentVariable(FaultRun.SecondsVariable) is { Length: > 0 } ? FaultRun.Outage : TimeSpan.Zero;
        await Poll.UntilAsync(() => refused() >= RefusedAttempts && DateTimeOffset.UtcNow - started >= lasts, "attempts refused by the outage");
    }

    /// <summary>Sends one Teams message and returns the texts of the bot's replies the Connector accepted.</summary>
    private async Task<IReadOnlyList<string?>> SayAsync(BotHost host, string text)
    {
        var before = _bot!.Connector.Requests.Count;
        using var response = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_bot.Connector.ServiceUrl, text, Conversation));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. _bot.Connector.Requests.Skip(before).Where(r => r.StatusCode is >= 200 and < 300).Select(r => Activities.VisibleTextOf(r.Activity))];
    }

    private IEnumerable<string?> Accepted() =>
        _bot!.Connector.Requests.Where(r => r.ConversationId == Conversation && r.StatusCode is >= 200 and < 300).Select(r => Activities.VisibleTextOf(r.Activity));

    /// <summary>Sends one Slack DM and waits until <paramref name="expectedPosts"/> chat.postMessage calls have arrived in all.</summary>
    private async Task SlackSayAsync(BotHost host, string eventId, string text, int expectedPosts)
    {
        using var request = _bot!.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent(eventId, text));
        using var response = await host.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", expectedPosts, Wait, Ct);
    }

    private List<Testing.Slack.FakeSlackCall> PostsWith(string text) =>
        [.. _bot!.Slack.CallsTo("chat.postMessage").Where(c => c.AllText().Any(t => t.Contains(text, StringComparison.Ordinal)))];
}
