using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Support;

/// <summary>
/// The real bot host on a loopback Kestrel port, with its own SQLite file and whatever settings
/// a test gives. Two hosts on one file play "the bot restarted" or "two instances".
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public BotHost(string databasePath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        DatabasePath = databasePath;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        // An explicit loopback listener, not UseKestrel(0): with a port, the factory rewrites the
        // server's address list after the app has started Kestrel on its own thread, and when
        // Kestrel binds first that throws "Addresses cannot be modified after the server has
        // started" (dotnet/aspnetcore#67714), failing a random host test now and then.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath { get; }

    /// <summary>A client for the running host (starts it on first use).</summary>
    public HttpClient Client => _client ??= CreateClient();

    private HttpClient? _client;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads some keys (Storage:Provider)
        // before the host is built, and only host settings are visible that early.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:Path", DatabasePath);

        // Hundreds of hosts start in one run; their console lines would bury the test results
        // (CI shows the tail of the output). Tests that look at logs capture them themselves.
        builder.UseSetting("Logging:Console:LogLevel:Default", "None");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
