using System.Net;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Tests.Slack;

/// <summary>A bot without a Slack app runs fine; a half-configured one refuses to start (STYLE.md 8).</summary>
public sealed class SlackConfigurationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/interactions")]
    [InlineData("/api/slack/events")]
    public async Task SlackNotConfigured_EndpointsAnswer404AndTheBotRuns(string path)
    {
        using var database = new TempDatabase();
        await using var host = new BotHost(database.Path);
        using var request = SlackRequestSigner.ForTests().Form(path, "ssl_check=1");

        using var response = await host.Client.SendAsync(request, Ct);
        using var health = await host.Client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("", "xoxb-token", "Slack:SigningSecret")]
    [InlineData("secret", "", "Slack:BotToken")]
    public void HalfConfigured_StopsStartup(string secret, string token, string named)
    {
        using var database = new TempDatabase();
        using var host = new BotHost(database.Path, new Dictionary<string, string?> { ["Slack:SigningSecret"] = secret, ["Slack:BotToken"] = token });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Client);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-token", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Slack:Resilience:MaxRetryAttempts", "-1", "MaxRetryAttempts")]
    [InlineData("Slack:Resilience:AttemptTimeout", "00:00:00", "AttemptTimeout")]
    public void RetrySettingOutOfRange_StopsStartup(string key, string value, string named)
    {
        using var database = new TempDatabase();
        using var host = new BotHost(database.Path, new Dictionary<string, string?> { ["Slack:SigningSecret"] = "secret", ["Slack:BotToken"] = "xoxb-token", [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Client);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
