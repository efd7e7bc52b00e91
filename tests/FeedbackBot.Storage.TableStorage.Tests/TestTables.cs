using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FeedbackBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedbackBot.Storage.TableStorage.Tests;

/// <summary>
/// Tables on an Azurite for one test class. Every <see cref="CreateAsync"/> gives a new client
/// over the same tables, as a second instance of the bot would have, after running the start-up
/// initializer (idempotent).
/// </summary>
internal static class TestTables
{
    /// <summary>The production defaults, but quicker retries, so fault tests finish fast.</summary>
    public static TableStorageOptions Options(AzuriteServer server, string tablePrefix) => new()
    {
        ConnectionString = server.ConnectionString,
        TablePrefix = tablePrefix,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromMilliseconds(200),
    };

    public static async Task<TableStorageTables> CreateAsync(AzuriteServer server, string tablePrefix)
    {
        var tables = Open(Options(server, tablePrefix));
        await new TableStorageInitializer(tables, NullLogger<TableStorageInitializer>.Instance)
            .InitializeAsync(TestContext.Current.CancellationToken);
        return tables;
    }

    /// <summary>
    /// <see cref="CreateAsync"/>, over a client whose every try (<see cref="HttpPipelinePosition.PerRetry"/>)
    /// also passes through <paramref name="policies"/>: a log, or a fault on the wire.
    /// </summary>
    public static async Task<TableStorageTables> WithPoliciesAsync(AzuriteServer server, string tablePrefix, params HttpPipelinePolicy[] policies)
    {
        await CreateAsync(server, tablePrefix);
        var options = TableServiceClientFactory.CreateClientOptions(Options(server, tablePrefix));
        foreach (var policy in policies)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        return new TableStorageTables(new TableServiceClient(server.ConnectionString, options), tablePrefix);
    }

    public static TableStorageTables Open(TableStorageOptions options) =>
        new(TableServiceClientFactory.Create(options), options.TablePrefix);

    public static TableServiceClient ServiceClient(AzuriteServer server) => new(server.ConnectionString);
}
