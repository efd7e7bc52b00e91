using FeedbackBot.Storage.Sqlite;
using FeedbackBot.Storage.TableStorage;

namespace FeedbackBot.Storage;

/// <summary>Chooses the store implementation from <c>Storage:Provider</c>.</summary>
public static class StorageServiceCollectionExtensions
{
    public const string ProviderKey = "Storage:Provider";

    public static IServiceCollection AddFeedbackStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[ProviderKey] is { Length: > 0 } configured ? configured : StorageProviders.Sqlite;
        if (string.Equals(provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSqliteStorage();
        }

        if (string.Equals(provider, StorageProviders.TableStorage, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddTableStorage();
        }

        throw new InvalidOperationException(
            $"{ProviderKey} is '{provider}'; this build supports '{StorageProviders.Sqlite}' and '{StorageProviders.TableStorage}'.");
    }
}

/// <summary>The values <c>Storage:Provider</c> accepts.</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string TableStorage = "TableStorage";
}
