using System.Globalization;
using System.Net;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Tests.Slack;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// A Slack message that arrives while the store is down (found by the scale-out fault run): Slack
/// has had its 200 and will not send the event again, and the event cannot be claimed, so the turn
/// does not run; the user must hear that, not nothing.
/// </summary>
public sealed class SlackStoreOutageTests : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> ShortStoreTimeouts = new()
    {
        ["Storage:TableStorage:NetworkTimeout"] = "00:00:01",
        ["Storage:TableStorage:MaxRetries"] = "1",
        ["Storage:TableStorage:RetryDelay"] = "00:00:00.050",
    };

    private FaultBot? _bot;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task SlackMessage_StoreDownWhenTheEventIsClaimed_UserToldToSendItAgain()
    {
        _bot = await FaultBot.StartAsync(settings: ShortStoreTimeouts);
        var host = _bot.NewHost();
        Assert.True(await Poll.ReadinessAsync(host, HttpStatusCode.OK));
        await _bot.Azurite.StopAsync();

        using var request = _bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("EvStoreDown", "three"));
        using var response = await host.Client.SendAsync(request, Ct);
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 1, FaultRun.Deadline, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = Assert.Single(_bot.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("D0123456", told.Field("channel"));
        Assert.Contains(SlackTexts.Get(SlackTexts.Busy, CultureInfo.GetCultureInfo("en")), told.AllText());
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("could not be claimed", StringComparison.Ordinal));
    }
}
