using FeedbackBot.Storage.TableStorage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FeedbackBot.ScaleOut.Cluster;

/// <summary>
/// The harness's own handle on the shared store: the same Table Storage stores the bots use,
/// wired the same way, to seed the jobs' data before the run and to read everything back after.
/// </summary>
internal sealed class StoreAccess : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoreAccess(ServiceProvider services) => _services = services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Connects and creates the tables (as each bot does at start).</summary>
    public static async Task<StoreAccess> OpenAsync(string connectionString, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{TableStorageOptions.SectionName}:ConnectionString"] = connectionString })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTableStorage()
            .BuildServiceProvider();
        await services.GetServices<IHostedService>().OfType<TableStorageInitializer>().Single().InitializeAsync(ct).ConfigureAwait(false);
        return new StoreAccess(services);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
