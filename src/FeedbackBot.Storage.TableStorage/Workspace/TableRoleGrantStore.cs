using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Workspace;

namespace FeedbackBot.Storage.TableStorage.Workspace;

/// <summary>Roles granted in chat, in the Settings table; see <see cref="RoleGrantEntity"/>.</summary>
public sealed class TableRoleGrantStore(TableStorageTables tables) : IRoleGrantStore
{
    private const int PageSize = 1_000;

    private TableClient Table => tables.Settings;

    public async Task<IReadOnlyList<RoleGrant>> ListAsync(string tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var grants = new List<RoleGrant>();
        var filter = SettingsRows.PrefixFilter(tenant, RoleGrantEntity.Prefix);
        await foreach (var entity in Table.QueryAsync<RoleGrantEntity>(filter, PageSize, cancellationToken: ct).ConfigureAwait(false))
        {
            grants.Add(entity.ToGrant());
        }

        return grants;
    }

    public async Task GrantAsync(string tenant, RoleGrant grant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(grant);
        await Table.UpsertEntityAsync(RoleGrantEntity.From(tenant, grant), TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    public async Task<bool> RevokeAsync(string tenant, string userId, WorkspaceRole role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(userId);
        try
        {
            var response = await Table.DeleteEntityAsync(SettingsRows.Partition(tenant), RoleGrantEntity.RowKeyFor(role, userId), ETag.All, ct).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }
}
