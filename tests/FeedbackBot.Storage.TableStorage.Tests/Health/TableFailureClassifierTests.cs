using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using FeedbackBot.Storage.TableStorage;
using FeedbackBot.Storage.TableStorage.Health;

namespace FeedbackBot.Storage.TableStorage.Tests.Health;

/// <summary>
/// The classifier against what the SDK really throws, from real loopback endpoints (a closed port,
/// and a listener that accepts but never answers) with the production retry settings shortened,
/// and against the status codes the service answers.
/// </summary>
public sealed class TableFailureClassifierTests
{
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly TableFailureClassifier _classifier = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IsOutage_NothingListening_True()
    {
        var port = ClosedPort();

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => ReadAsync(port));

        Assert.True(_classifier.IsOutage(thrown), thrown.ToString());
    }

    [Fact]
    public async Task IsOutage_ListenerThatNeverAnswers_TimeoutInsideAggregateException_True()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => ReadAsync(((IPEndPoint)silent.LocalEndpoint).Port));

        var aggregate = Assert.IsType<AggregateException>(thrown);
        Assert.Contains(aggregate.InnerExceptions, e => e is TaskCanceledException);
        Assert.True(_classifier.IsOutage(thrown), thrown.ToString());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    [InlineData(413, false)]
    public void IsOutage_ServiceStatus_OnlyUnavailabilityCounts(int status, bool outage)
    {
        var failed = new RequestFailedException(status, "the service said so");

        Assert.Equal(outage, _classifier.IsOutage(failed));
    }

    [Fact]
    public void IsOutage_AggregateWithADefectInside_False()
    {
        var mixed = new AggregateException(new TaskCanceledException(), new RequestFailedException(400, "bad request"));

        Assert.False(_classifier.IsOutage(mixed));
    }

    [Fact]
    public void IsOutage_OrdinaryBug_False()
    {
        Assert.False(_classifier.IsOutage(new InvalidOperationException("a defect")));
        Assert.False(_classifier.IsOutage(new AggregateException()));
    }

    private static async Task ReadAsync(int port)
    {
        var options = new TableStorageOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            NetworkTimeout = TimeSpan.FromSeconds(1),
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(20),
        };
        var table = TableServiceClientFactory.Create(options).GetTableClient("Classify");
        await table.GetEntityIfExistsAsync<TableEntity>("p", "r", cancellationToken: Ct);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
