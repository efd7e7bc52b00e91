using System.Net;
using FeedbackBot.Core.Health;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Health;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Get_FreshHost_IsHealthy(string path)
    {
        await using var host = new BotHost(_database.Path);

        var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(File.Exists(_database.Path), "the SQLite file is created on first run");
    }

    [Fact]
    public async Task Readyz_StoreUnreachable_Answers503WithoutDetail_AndHealthzStaysUp()
    {
        await using var host = new BotHost(_database.Path, services: services =>
            services.AddSingleton<IStoreHealthProbe>(new UnreachableStore()));

        var ready = await host.Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        var live = await host.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>A store whose connection attempt fails, as a dead server's would.</summary>
    private sealed class UnreachableStore : IStoreHealthProbe
    {
        public Task<bool> IsReachableAsync(CancellationToken ct) =>
            throw new IOException("connection refused (secret=should-not-leak)");
    }
}
