using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.DirectLine;
using FeedbackBot.Core.Health;
using FeedbackBot.Storage.TableStorage.Conversations;
using FeedbackBot.Storage.TableStorage.DirectLine;
using FeedbackBot.Storage.TableStorage.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Storage.TableStorage.Tests;

public sealed class TableStorageServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddTableStorage_HostStarts_CreatesTablesAndResolvesTableStoresAndProbe()
    {
        using var host = BuildHost(new()
        {
            ["Storage:TableStorage:ConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:TableStorage:TablePrefix"] = "DiHost",
        });

        await host.StartAsync(Ct);
        var stateStore = host.Services.GetRequiredService<IDialogStateStore>();
        var written = await stateStore.WriteAsync(new ConversationKey("test", "di"), "payload", null, DateTimeOffset.UnixEpoch, Ct);
        var probe = Assert.Single(host.Services.GetServices<IStoreHealthProbe>());
        var reachable = await probe.IsReachableAsync(Ct);
        await host.StopAsync(Ct);

        Assert.IsType<TableDialogStateStore>(stateStore);
        Assert.IsType<TableConversationReferenceStore>(host.Services.GetRequiredService<IConversationReferenceStore>());
        Assert.IsType<TableDirectLineTranscriptStore>(host.Services.GetRequiredService<IDirectLineTranscriptStore>());
        Assert.IsType<TableHealthProbe>(probe);
        Assert.True(written.Saved);
        Assert.True(reachable);
    }

    public static TheoryData<string?, string?, string> InvalidSettings => new()
    {
        { null, null, "" },
        { "UseDevelopmentStorage=true", "https://account.table.core.windows.net/", "" },
        { "UseDevelopmentStorage=true", null, "1digitfirst" },
        { "UseDevelopmentStorage=true", null, "has-dash" },
        { null, "relative/path", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task AddTableStorage_InvalidSettings_FailsAtStartWithoutTheSecret(string? connectionString, string? serviceUri, string prefix)
    {
        using var host = BuildHost(new()
        {
            ["Storage:TableStorage:ConnectionString"] = connectionString,
            ["Storage:TableStorage:ServiceUri"] = serviceUri,
            ["Storage:TableStorage:TablePrefix"] = prefix,
        });

        var start = () => host.StartAsync(Ct);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(start);
        Assert.DoesNotContain("UseDevelopmentStorage", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateClientOptions_Defaults_RetryTransientFaultsBoundedWithAShortTimeout()
    {
        var options = TableServiceClientFactory.CreateClientOptions(new TableStorageOptions());

        var retry = Assert.IsType<TableRetryPolicy>(options.RetryPolicy); // exponential by construction
        Assert.Equal(3, retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(200), retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(2), retry.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Retry.NetworkTimeout);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTableStorage();
        return builder.Build();
    }
}
