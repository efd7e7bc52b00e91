using Azure.Data.Tables;
using Azure.Identity;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>Creates the one <see cref="TableServiceClient"/> of the process from the options.</summary>
public static class TableServiceClientFactory
{
    public static TableServiceClient Create(TableStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var clientOptions = CreateClientOptions(options);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.ServiceUri, new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }

    /// <summary>
    /// The SDK's own retry, set explicitly: it already retries exactly the transient faults
    /// (timeouts, refused connections, 408, 429, 500, 502, 503, 504) and honours Retry-After.
    /// With the defaults (3 retries from 200 ms, 5 s per attempt) a dead endpoint fails a call in
    /// about two seconds; a slow one in at most four attempts' time. What still fails after the
    /// retries throws to the caller: a write is never reported as saved unless it was. Requests
    /// sent as a <see cref="SingleTry"/> are not retried.
    /// </summary>
    internal static TableClientOptions CreateClientOptions(TableStorageOptions options)
    {
        var clientOptions = new TableClientOptions
        {
            RetryPolicy = new TableRetryPolicy(options.MaxRetries, options.RetryDelay, options.MaxRetryDelay),
        };

        // Used by every try whatever the retry policy: the time one attempt may wait for an answer.
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        return clientOptions;
    }
}
