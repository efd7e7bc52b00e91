using FeedbackBot.Channels.Slack.Hosting;
using FeedbackBot.Channels.Slack.WebApi;
using FeedbackBot.Testing.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.Tests.Support;

/// <summary>The channel's real Slack clients, wired as the host wires them, pointed at a fake Slack.</summary>
internal sealed class SlackClients : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-0000-secret-token";

    private readonly ServiceProvider _services;

    private SlackClients(FakeSlackWebApi slack, ServiceProvider services, ListLogger logs)
    {
        Slack = slack;
        _services = services;
        Logs = logs;
    }

    public FakeSlackWebApi Slack { get; }

    public ListLogger Logs { get; }

    public ISlackWebApi WebApi => _services.GetRequiredService<ISlackWebApi>();

    public IResponseUrlClient ResponseUrls => _services.GetRequiredService<IResponseUrlClient>();

    /// <param name="productionRetries">Keep the production retry timing instead of the fast one tests use.</param>
    public static async Task<SlackClients> StartAsync(bool productionRetries = false)
    {
        var slack = await FakeSlackWebApi.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        };
        if (!productionRetries)
        {
            settings["Slack:Resilience:BaseDelay"] = "00:00:00.010";
            settings["Slack:Resilience:MaxDelay"] = "00:00:02";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new ListLogger();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSlackChannel(configuration)
            .BuildServiceProvider();
        return new SlackClients(slack, services, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
