using FeedbackBot.Testing;
using FeedbackBot.Testing.Azurite;
using FeedbackBot.Testing.Dialogs;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Storage;

/// <summary>
/// The bot in local mode on <c>Storage:Provider=TableStorage</c> against an Azurite of its own,
/// with the production retry settings, replying to a fake Connector.
/// </summary>
internal sealed class TableStorageBot : IAsyncDisposable
{
    private readonly TempDatabase _unusedSqlite = new();

    private TableStorageBot(AzuriteServer azurite, FakeBotConnector connector)
    {
        Azurite = azurite;
        Connector = connector;
        Host = new BotHost(
            _unusedSqlite.Path,
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "TableStorage",
                ["Storage:TableStorage:ConnectionString"] = azurite.ConnectionString,
                ["Storage:TableStorage:TablePrefix"] = "Host",
            },
            ThreeQuestionDialog.Register);
    }

    public AzuriteServer Azurite { get; }

    public FakeBotConnector Connector { get; }

    public BotHost Host { get; }

    public static async Task<TableStorageBot> StartAsync()
    {
        var azurite = await AzuriteForHost.StartAsync();
        return new TableStorageBot(azurite, await FakeBotConnector.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Azurite.DisposeAsync();
        _unusedSqlite.Dispose();
    }
}
