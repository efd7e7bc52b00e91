using FeedbackBot.Testing.Dialogs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Bench;

/// <summary>
/// The real bot host on a loopback Kestrel port, as production configures it (Production
/// environment, appsettings.json logging, telemetry on) but in local mode: no app id, so no
/// inbound token validation and no outbound token. The benchmark measures turn processing.
/// </summary>
internal sealed class BenchHost(string databasePath, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    /// <summary>Starts the host and answers its address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Start()
    {
        UseKestrel(0);
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
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ThreeQuestionDialog.Register);
    }
}
