using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.TableStorage.Conversations;
using FeedbackBot.Storage.TableStorage.Health;
using FeedbackBot.Testing.Azurite;

namespace FeedbackBot.Storage.TableStorage.Tests;

/// <summary>
/// The store's own Azurite, stopped and started again on the same port and folder: writes fail
/// loudly while it is down, and the same client objects recover without being recreated.
/// </summary>
public sealed class TableStoreOutageTests : IAsyncLifetime
{
    private AzuriteServer? _azurite;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AzuriteServer Azurite => _azurite!;

    public async ValueTask InitializeAsync() => _azurite = await AzuriteRequirement.StartOwnAsync();

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task Store_AzuriteStoppedAndRestarted_FailsLoudlyThenRecoversWithEarlierStateIntact()
    {
        var tables = await TestTables.CreateAsync(Azurite, "Outage");
        var store = new TableDialogStateStore(tables);
        var probe = new TableHealthProbe(tables);
        var key = new ConversationKey("test", "outage");
        var before = await store.WriteAsync(key, "acknowledged", null, DateTimeOffset.UnixEpoch, Ct);

        await Azurite.StopAsync();
        var failedWrite = await Record.ExceptionAsync(() => store.WriteAsync(key, "lost", before.ETag, DateTimeOffset.UnixEpoch, Ct));
        var failedProbe = await Record.ExceptionAsync(() => probe.IsReachableAsync(Ct));
        await Azurite.StartAsync(Ct);
        var reachable = await probe.IsReachableAsync(Ct);
        var after = await store.ReadAsync(key, Ct);
        var next = await store.WriteAsync(key, "next", after?.ETag, DateTimeOffset.UnixEpoch, Ct);

        // After its retries the SDK throws an AggregateException of the attempts' failures.
        Assert.NotNull(failedWrite);
        Assert.NotNull(failedProbe);
        Assert.True(reachable);
        Assert.Equal(new StoredDialogState("acknowledged", before.ETag!, DateTimeOffset.UnixEpoch), after);
        Assert.True(next.Saved);
    }
}
