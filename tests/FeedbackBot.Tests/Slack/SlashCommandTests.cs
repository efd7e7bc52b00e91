using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Tests.Slack;

/// <summary>Slash commands end to end: signed request in, fast 200, then the Web API calls (PROTOCOLS.md 6.2, 6.3).</summary>
public sealed class SlashCommandTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private SlackBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await SlackBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Command_Registered_IsAcknowledgedWithinThreeSecondsThenAnswersThroughTheResponseUrl()
    {
        var responseUrl = _bot.Slack.ResponseUrl("cmd-1");
        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", "", "C2147483705", responseUrl));

        var clock = Stopwatch.StartNew();
        using var response = await _bot.Client.SendAsync(request, Ct);
        var acknowledged = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        Assert.True(acknowledged < TimeSpan.FromSeconds(3), $"Slack gives up after 3 s; the ack took {acknowledged}.");
        await _bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 1, Wait, Ct);
        var reply = Assert.Single(_bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod));
        Assert.Equal(("cmd-1", "ephemeral"), (reply.ResponseUrlId, reply.Field("response_type")));
        Assert.Contains(DecisionEchoDialog.Question, reply.Field("text"), StringComparison.Ordinal);
        Assert.Equal(["users.info", FakeSlackWebApi.ResponseUrlMethod], _bot.Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Command_WithText_PassesTheTextToTheDialog()
    {
        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", "Move standup to 10:00", "C1", _bot.Slack.ResponseUrl("cmd-2")));

        using var response = await _bot.Client.SendAsync(request, Ct);
        await _bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Recorded: Move standup to 10:00", _bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod).Single().Field("text"));
    }

    [Theory]
    [InlineData("en-US", "Sorry, only managers of this workspace")]
    [InlineData("de-DE", "Den Wochenbericht dürfen nur Führungskräfte")]
    public async Task FeedbackSummary_NonManager_IsRefusedPrivatelyInTheUsersLanguage(string locale, string expectedStart)
    {
        _bot.Slack.SetUserLocale(SlackPayloads.User, locale);
        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/feedback-summary", "last week", "C1", _bot.Slack.ResponseUrl("cmd-5")));

        using var response = await _bot.Client.SendAsync(request, Ct);
        await _bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod));
        Assert.Equal("ephemeral", reply.Field("response_type"));
        Assert.StartsWith(expectedStart, reply.Field("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_Unknown_AnswersPrivatelyInTheAcknowledgementAndCallsNothing()
    {
        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/nope", "", "C1", _bot.Slack.ResponseUrl("cmd-4")));

        using var response = await _bot.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
        Assert.Contains("/nope", ack.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("/decision-check", ack.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(_bot.Slack.Calls);
    }

    [Fact]
    public async Task Command_ResponseUrlAndBotToken_NeverReachTheLogs()
    {
        var responseUrl = _bot.Slack.ResponseUrl("secret-hook-7f3a9c");
        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", "", "C1", responseUrl));

        using var response = await _bot.Client.SendAsync(request, Ct);
        await _bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("users.info", StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains("secret-hook-7f3a9c", StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains(SlackBot.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SslCheck_Unsigned_Answers200AndDoesNothing()
    {
        using var content = new StringContent("ssl_check=1&token=deprecated", System.Text.Encoding.UTF8, SlackRequestSigner.FormContentType);

        using var response = await _bot.Client.PostAsync("/api/slack/commands", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Slack.Calls);
    }
}
