using System.Net;
using System.Net.Sockets;
using FeedbackBot.Storage.TableStorage.Health;

namespace FeedbackBot.Storage.TableStorage.Tests.Health;

public sealed class TableHealthProbeTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IsReachableAsync_TablesCreated_ReturnsTrue()
    {
        var probe = new TableHealthProbe(await TestTables.CreateAsync(azurite.Server, "ProbeReady"));

        var reachable = await probe.IsReachableAsync(Ct);

        Assert.True(reachable);
    }

    [Fact]
    public async Task IsReachableAsync_TablesNeverCreated_IsNotReachable()
    {
        var probe = new TableHealthProbe(TestTables.Open(TestTables.Options(azurite.Server, "ProbeNoTables")));

        var reachable = await ReachableOrFalseAsync(probe);

        Assert.False(reachable);
    }

    [Fact]
    public async Task IsReachableAsync_NothingListening_Throws()
    {
        var options = TestTables.Options(azurite.Server, "ProbeDead");
        options.ConnectionString = options.ConnectionString!.Replace($":{azurite.Server.Port}/", $":{UnusedPort()}/", StringComparison.Ordinal);
        var probe = new TableHealthProbe(TestTables.Open(options));

        var probing = () => probe.IsReachableAsync(Ct);

        await Assert.ThrowsAnyAsync<Exception>(probing);
    }

    private static async Task<bool> ReachableOrFalseAsync(TableHealthProbe probe)
    {
        try
        {
            return await probe.IsReachableAsync(Ct);
        }
        catch (Azure.RequestFailedException)
        {
            return false;
        }
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
