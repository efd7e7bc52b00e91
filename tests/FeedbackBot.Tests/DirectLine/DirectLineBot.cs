using FeedbackBot.Tests.Support;
using FeedbackBot.Testing.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.DirectLine;

/// <summary>
/// A local-mode bot (as a fresh clone runs it) with a known Direct Line secret, the three-question
/// test dialog (the foundation has no feature dialog with buttons yet) and its own SQLite file.
/// </summary>
public sealed class DirectLineBot : IAsyncDisposable
{
    public const string Secret = "direct-line-test-secret-0123456789abcdef";

    private readonly List<BotHost> _hosts = [];

    public DirectLineBot(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Settings = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        Services = services;
        Host = NewHost();
        Api = new DirectLineApi(Host.Client);
    }

    public TempDatabase Database { get; } = new();

    public Dictionary<string, string?> Settings { get; }

    public Action<IServiceCollection>? Services { get; }

    public BotHost Host { get; }

    public DirectLineApi Api { get; }

    /// <summary>Another instance on the same database and secret, as behind a load balancer.</summary>
    public BotHost NewHost()
    {
        var host = new BotHost(Database.Path, Settings, services =>
        {
            ThreeQuestionDialog.Register(services);
            Services?.Invoke(services);
        });
        _hosts.Add(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        Database.Dispose();
    }
}
