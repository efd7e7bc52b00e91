using System.Net;
using FeedbackBot.Testing;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Messages;

/// <summary>
/// An empty <c>MicrosoftAppId</c> is local mode, as the SDK has it (PROTOCOLS.md 2.6): no inbound
/// check, no outbound token, and a warning at start-up so nobody exposes such a bot unknowingly.
/// </summary>
public sealed class LocalModeTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly CapturedLogs _logs = new();
    private FakeBotConnector _connector = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _connector.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Post_LocalModeWithoutToken_RunsTheTurnAndTheReplyCarriesNoToken()
    {
        await using var host = new BotHost(_database.Path);

        var response = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10), Ct);
        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task Start_WithoutAppId_WarnsThatTheBotRunsInLocalMode()
    {
        await using var host = new BotHost(_database.Path, services: CaptureLogs);

        using var health = await host.Client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Single(_logs.Lines, IsLocalModeWarning);
    }

    [Fact]
    public async Task Start_WithAppId_DoesNotWarn()
    {
        await using var peers = await BotFrameworkPeers.StartAsync();
        await using var host = new BotHost(_database.Path, peers.AuthenticatedSettings(), services =>
        {
            peers.ConfigureServices(services);
            CaptureLogs(services);
        });

        using var health = await host.Client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(_logs.Lines, IsLocalModeWarning);
    }

    private void CaptureLogs(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_logs);

    private static bool IsLocalModeWarning(string line) =>
        line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("local mode", StringComparison.Ordinal);
}
