using System.Net;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Operations;

/// <summary>Neither the bot's password nor any bearer token may reach a log line, even at Trace level.</summary>
public sealed class SecretsInLogsTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly CapturedLogs _logs = new();
    private BotFrameworkPeers _peers = null!;

    public async ValueTask InitializeAsync() => _peers = await BotFrameworkPeers.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _peers.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task FullTurnAndRefusedRequests_LogNoPasswordAndNoToken()
    {
        var settings = _peers.AuthenticatedSettings();
        settings["Logging:LogLevel:Default"] = "Trace";
        await using var host = new BotHost(_database.Path, settings, services =>
        {
            _peers.ConfigureServices(services);
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
            services.AddSingleton<ILoggerProvider>(_logs);
        });
        var inboundToken = _peers.ChannelToken();

        var accepted = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help"), inboundToken);
        var forged = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help"), inboundToken + "x");
        _peers.Connector.RespondNextWith(1, HttpStatusCode.Forbidden, errorCode: "BotNotInConversationRoster");
        var failedReply = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help"), inboundToken);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        // The activity was processed; only its reply could not be delivered, so no 500 (which
        // could make the channel deliver the activity again) and a warning that says why.
        Assert.Equal(HttpStatusCode.OK, failedReply.StatusCode);
        Assert.Contains(_logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Could not send a reply on channel msteams", StringComparison.Ordinal) && line.Contains("403", StringComparison.Ordinal));
        var outboundToken = Assert.Single(_peers.TokenEndpoint.IssuedTokens);
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(BotFrameworkPeers.AppPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(inboundToken, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(outboundToken, StringComparison.Ordinal));
    }
}
