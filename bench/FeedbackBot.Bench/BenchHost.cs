using System.Net;
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
/// The store comes from <paramref name="store"/> (<see cref="Sqlite"/> or Table Storage settings).
/// </summary>
internal sealed class BenchHost(IReadOnlyDictionary<string, string> store, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    /// <summary>The store settings of a SQLite file at <paramref name="databasePath"/>.</summary>
    public static Dictionary<string, string> Sqlite(string databasePath) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = databasePath,
    };

    /// <summary>The store settings of Table Storage behind <paramref name="connectionString"/> (an Azurite).</summary>
    public static Dictionary<string, string> TableStorage(string connectionString) => new()
    {
        ["Storage:Provider"] = "TableStorage",
        ["Storage:TableStorage:ConnectionString"] = connectionString,
    };

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
        builder.UseSetting("MicrosoftAppId", "");

        // One load generator plays every client from one address, often as one user: the rate
        // limits (FeedbackBot:RateLimits) would measure themselves, not the bot.
        builder.UseSetting("FeedbackBot:RateLimits:TurnsPerMinute", "0");
        builder.UseSetting("FeedbackBot:RateLimits:InteractionsPerMinute", "0");
        builder.UseSetting("FeedbackBot:RateLimits:LinkRequestsPerMinute", "0");
        foreach (var (key, value) in store.Concat(settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ThreeQuestionDialog.Register);
    }
}
