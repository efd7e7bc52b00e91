using System.Globalization;
using System.Net;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Core.Slack;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// Slack requests that arrive while the store is down (found by the scale-out fault run): the work
/// cannot be journaled, so it is not acknowledged as accepted. An event is answered 503 (Slack
/// retries it later), a command "busy" in its acknowledgement; nothing runs and nothing is left
/// behind to run later.
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
    public async Task SlackMessage_StoreDownWhenItArrives_503ForSlackToRetryAndNothingLeftBehind()
    {
        _bot = await FaultBot.StartAsync(settings: ShortStoreTimeouts);
        var host = _bot.NewHost();
        Assert.True(await Poll.ReadinessAsync(host, HttpStatusCode.OK));
        await _bot.Azurite.StopAsync();

        using var request = _bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("EvStoreDown", "three"));
        using var response = await host.Client.SendAsync(request, Ct);
        await _bot.Azurite.StartAsync(Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.False(response.Headers.Contains("x-slack-no-retry"));
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage"));
        Assert.Empty(await host.Services.GetRequiredService<ISlackWorkJournal>().ListLapsedAsync(DateTimeOffset.MaxValue, 10, Ct));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("could not be journaled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommand_StoreDownWhenItArrives_BusyInTheAcknowledgementAndNothingRunsLater()
    {
        _bot = await FaultBot.StartAsync(settings: ShortStoreTimeouts);
        var host = _bot.NewHost();
        Assert.True(await Poll.ReadinessAsync(host, HttpStatusCode.OK));
        await _bot.Azurite.StopAsync();

        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", "", "C1", _bot.Slack.ResponseUrl("cmd-down")));
        using var response = await host.Client.SendAsync(request, Ct);
        await _bot.Azurite.StartAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(SlackTexts.Get(SlackTexts.Busy, CultureInfo.GetCultureInfo("en")), ack.GetProperty("text").GetString());
        Assert.Empty(await host.Services.GetRequiredService<ISlackWorkJournal>().ListLapsedAsync(DateTimeOffset.MaxValue, 10, Ct));
        Assert.Empty(_bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod));
    }
}
