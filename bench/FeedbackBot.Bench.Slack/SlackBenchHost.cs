using System.Net;
using FeedbackBot.Testing.Slack;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Bench.Slack;

/// <summary>
/// The real bot host on a loopback Kestrel port, configured as production would be (Production
/// environment, appsettings.json logging) with a Slack app whose Web API is the fake on loopback,
/// and the Slack test dialogs standing in for the features.
/// </summary>
internal sealed class SlackBenchHost(string databasePath, Uri slackApiBaseUrl) : WebApplicationFactory<Program>
{
    public const string BotToken = "xoxb-bench-0000-token";

    /// <summary>Starts the host and answers its address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Start()
    {
        // An explicit listener: UseKestrel(port) races Kestrel for the address list (dotnet/aspnetcore#67714).
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:Path", databasePath);
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Slack:SigningSecret", SlackRequestSigner.TestSigningSecret);
        builder.UseSetting("Slack:BotToken", BotToken);
        builder.UseSetting("Slack:ApiBaseUrl", slackApiBaseUrl.ToString());

        // The load generator sends as few users; per-user turn limits would measure themselves.
        builder.UseSetting("FeedbackBot:RateLimits:TurnsPerMinute", "0");
        builder.ConfigureTestServices(SlackTestDialogs.Register);
    }
}
