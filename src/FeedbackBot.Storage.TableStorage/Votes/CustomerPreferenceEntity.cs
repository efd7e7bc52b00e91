// Table CustomerPreferences. PartitionKey: TableKeys.For(tenant); RowKey: TableKeys.For(customerId).
// Serves the point read before a feedback request (asked recently? opted out?) and its upsert.
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Storage.TableStorage.Votes;

internal static class CustomerPreferenceEntity
{
    public static TableEntity Create(CustomerPreference preference) =>
        new(TableKeys.For(preference.Tenant), TableKeys.For(preference.CustomerId))
        {
            ["LastAskedAt"] = preference.LastAskedAt,
            ["OptedOutAt"] = preference.OptedOutAt,
        };

    public static CustomerPreference Read(string tenant, string customerId, TableEntity entity) =>
        new(tenant, customerId, entity.GetDateTimeOffset("LastAskedAt"), entity.GetDateTimeOffset("OptedOutAt"));
}
