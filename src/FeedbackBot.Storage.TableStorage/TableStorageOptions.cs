using System.ComponentModel.DataAnnotations;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// The Azure Table Storage settings, bound from the <c>Storage:TableStorage</c> section. Exactly one
/// of <see cref="ConnectionString"/> (Azurite: <c>UseDevelopmentStorage=true</c>) and
/// <see cref="ServiceUri"/> (a real account, signed in with <c>DefaultAzureCredential</c>) is set.
/// </summary>
public sealed class TableStorageOptions : IValidatableObject
{
    public const string SectionName = "Storage:TableStorage";

    /// <summary>A storage connection string; holds an account key, so it never appears in logs or messages.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint, e.g. <c>https://account.table.core.windows.net/</c>; managed identity in Azure.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>
    /// Put before every table name, so several bots (or test runs) can share one account. Table
    /// names are alphanumeric and start with a letter (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#table-names).
    /// </summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,39})?$", ErrorMessage = "TablePrefix must be empty, or a letter followed by up to 39 letters or digits.")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>
    /// How long one attempt may wait for the service. Short, so an unreachable store fails a turn
    /// (and readiness) in seconds instead of hanging it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:40")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after a transient fault (timeout, 408, 429, 500, 502, 503, 504, a refused connection).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; it doubles per retry (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasServiceUri = ServiceUri is not null;
        if (hasConnectionString == hasServiceUri)
        {
            yield return new ValidationResult(
                $"Set exactly one of {SectionName}:ConnectionString and {SectionName}:ServiceUri.",
                [nameof(ConnectionString), nameof(ServiceUri)]);
        }

        if (ServiceUri is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult($"{SectionName}:ServiceUri must be an absolute URI.", [nameof(ServiceUri)]);
        }
    }
}
