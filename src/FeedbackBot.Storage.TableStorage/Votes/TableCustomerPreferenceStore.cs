using Azure.Data.Tables;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Storage.TableStorage.Votes;

/// <summary>Survey-fatigue state in the CustomerPreferences table (see <see cref="CustomerPreferenceEntity"/>).</summary>
public sealed class TableCustomerPreferenceStore(TableStorageTables tables) : ICustomerPreferenceStore
{
    public async Task<CustomerPreference?> FindAsync(string tenant, string customerId, CancellationToken ct)
    {
        var found = await tables.CustomerPreferences.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.For(tenant), TableKeys.For(customerId), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? CustomerPreferenceEntity.Read(tenant, customerId, found.Value!) : null;
    }

    public async Task UpsertAsync(CustomerPreference preference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(preference);
        await tables.CustomerPreferences.UpsertEntityAsync(CustomerPreferenceEntity.Create(preference), TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }
}
