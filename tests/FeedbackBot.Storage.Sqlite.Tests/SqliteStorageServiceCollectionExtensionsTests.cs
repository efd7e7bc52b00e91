using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Health;
using FeedbackBot.Storage.Sqlite.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Storage.Sqlite.Tests;

public sealed class SqliteStorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDatabase _temporary = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddSqliteStorage_RelativePath_CreatesFileUnderContentRootAtStart()
    {
        using var host = BuildHost(Path.Combine("data", "bot.db"));

        await host.StartAsync(Ct);
        var store = host.Services.GetRequiredService<IDialogStateStore>();
        var written = await store.WriteAsync(new ConversationKey("test", "conversation"), "{}", expectedETag: null, DateTimeOffset.UnixEpoch, Ct);
        await host.StopAsync(Ct);

        Assert.True(written.Saved);
        Assert.True(File.Exists(Path.Combine(_temporary.Folder, "data", "bot.db")));
    }

    [Fact]
    public async Task AddSqliteStorage_Started_RegistersSqliteStoresAndAReachableProbe()
    {
        using var host = BuildHost(_temporary.FilePath);

        await host.StartAsync(Ct);
        var stateStore = host.Services.GetRequiredService<IDialogStateStore>();
        var referenceStore = host.Services.GetRequiredService<IConversationReferenceStore>();
        var probe = Assert.Single(host.Services.GetServices<IStoreHealthProbe>());
        var reachable = await probe.IsReachableAsync(Ct);
        await host.StopAsync(Ct);

        Assert.IsType<SqliteDialogStateStore>(stateStore);
        Assert.IsType<SqliteConversationReferenceStore>(referenceStore);
        Assert.True(reachable);
    }

    [Fact]
    public async Task AddSqliteStorage_EmptyPath_FailsAtStart()
    {
        using var host = BuildHost(string.Empty);

        var start = () => host.StartAsync(Ct);

        await Assert.ThrowsAsync<OptionsValidationException>(start);
    }

    public void Dispose() => _temporary.Dispose();

    private IHost BuildHost(string path)
    {
        Directory.CreateDirectory(_temporary.Folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _temporary.Folder,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection([new("Storage:Sqlite:Path", path)]);
        builder.Services.AddSqliteStorage();
        return builder.Build();
    }
}
