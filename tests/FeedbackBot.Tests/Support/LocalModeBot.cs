using FeedbackBot.Testing;
using FeedbackBot.Testing.Dialogs;

namespace FeedbackBot.Tests.Support;

/// <summary>
/// A bot in local mode (no app id, as a fresh clone runs it) whose replies go to a fake Connector.
/// </summary>
public sealed class LocalModeBot : IAsyncDisposable
{
    private LocalModeBot(TempDatabase database, FakeBotConnector connector)
    {
        Database = database;
        Connector = connector;
        Host = NewHost();
    }

    public TempDatabase Database { get; }

    public FakeBotConnector Connector { get; }

    public BotHost Host { get; private set; }

    public static async Task<LocalModeBot> StartAsync() => new(new TempDatabase(), await FakeBotConnector.StartAsync());

    /// <summary>Stops the host and starts a new one on the same database: a restart between turns.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = NewHost();
    }

    /// <summary>Another host on the same database: a second instance behind a load balancer.</summary>
    public BotHost NewHost() => new(Database.Path, services: ThreeQuestionDialog.Register);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        Database.Dispose();
    }
}
