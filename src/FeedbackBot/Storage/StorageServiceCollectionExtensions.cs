using FeedbackBot.Storage.Sqlite;

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

        throw new InvalidOperationException(
            $"{ProviderKey} is '{provider}'; this build supports '{StorageProviders.Sqlite}'.");
    }
}

/// <summary>The values <c>Storage:Provider</c> accepts.</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string TableStorage = "TableStorage";
}
