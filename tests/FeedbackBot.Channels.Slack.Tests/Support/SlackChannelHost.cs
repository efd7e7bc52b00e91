using System.Net;
using FeedbackBot.Channels.Slack.Hosting;
using FeedbackBot.Conversations;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Slack;
using FeedbackBot.Testing.Dialogs;
using FeedbackBot.Testing.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.Tests.Support;

/// <summary>
/// Just the Slack channel and the engine, on a loopback Kestrel port, with in-memory stores and
/// a fake Slack: enough to post signed fixtures at the three endpoints.
/// </summary>
internal sealed class SlackChannelHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlackChannelHost(WebApplication app, FakeSlackWebApi slack, HttpClient client)
    {
        _app = app;
        Slack = slack;
        Client = client;
    }

    public FakeSlackWebApi Slack { get; }

    public HttpClient Client { get; }

    public SlackRequestSigner Signer { get; } = SlackRequestSigner.ForTests();

    public static async Task<SlackChannelHost> StartAsync()
    {
        var slack = await FakeSlackWebApi.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
            ["Slack:BotToken"] = "xoxb-channel-test",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        });
        builder.Services.AddSingleton<IDialogStateStore, InMemoryDialogStateStore>();
        builder.Services.AddSingleton<ISlackEventDedupe, InMemorySlackEventDedupe>();
        builder.Services.AddSingleton<ISlackWorkJournal, InMemorySlackWorkJournal>();
        builder.Services.AddConversations();
        ThreeQuestionDialog.Register(builder.Services);
        builder.Services.AddSlackChannel(builder.Configuration);

        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SlackChannelHost(app, slack, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
