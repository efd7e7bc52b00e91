using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// The row keys of the Settings table (PartitionKey: <c>TableKeys.For(tenant)</c>, so every
/// settings read of a tenant stays in its partition). One row <c>settings</c> holds single
/// values, each feature owning its own properties and merging only those; kinds of which a tenant
/// has many (statement versions, role grants) get a row each under a prefix.
/// </summary>
internal static class SettingsRows
{
    public const string Settings = "settings";

    public static string Partition(string tenant) => TableKeys.For(tenant);

    /// <summary>A filter for the tenant's rows whose key starts with <c>{prefix}|</c>.</summary>
    public static string PrefixFilter(string tenant, string prefix)
    {
        // '}' follows the separator '|' in ordinal order, so [prefix|, prefix}) is exactly the prefix.
        var from = TableKeys.Compose(prefix, string.Empty);
        var to = TableKeys.For(prefix) + "}";
        var partition = Partition(tenant);
        return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
    }
}
