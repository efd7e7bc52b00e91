// Table Settings. PartitionKey: TableKeys.For(tenant); RowKey: role|{role}|{userId}.
// One row per role granted in chat; the list of a tenant's grants is a prefix query in its
// partition. UserId is also a plain property: keys may be shortened (hashed) and are never decoded.
using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Workspace;

namespace FeedbackBot.Storage.TableStorage.Workspace;

internal sealed class RoleGrantEntity : ITableEntity
{
    public const string Prefix = "role";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string? UserName { get; set; }

    public string? GrantedBy { get; set; }

    public DateTimeOffset? GrantedAt { get; set; }

    public static string RowKeyFor(WorkspaceRole role, string userId) => TableKeys.Compose(Prefix, role.ToString(), userId);

    public static RoleGrantEntity From(string tenant, RoleGrant grant) => new()
    {
        PartitionKey = SettingsRows.Partition(tenant),
        RowKey = RowKeyFor(grant.Role, grant.UserId),
        UserId = grant.UserId,
        Role = grant.Role.ToString(),
        UserName = grant.UserName,
        GrantedBy = grant.GrantedBy,
        GrantedAt = grant.GrantedAt,
    };

    public RoleGrant ToGrant() => new(UserId, Enum.Parse<WorkspaceRole>(Role), GrantedBy, GrantedAt, UserName: UserName);
}
