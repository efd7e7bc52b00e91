using System.Text.Json;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Storage.Sqlite.Service;

/// <summary>
/// The service statement history (<c>service_statements</c>) and element list
/// (<c>service_elements</c>, one JSON document per tenant with a version for compare-and-swap).
/// </summary>
public sealed class SqliteServiceCatalogStore(SqliteDatabase database) : IServiceCatalogStore
{
    private const string HistorySql =
        "SELECT text, changed_by, changed_at, changed_by_name FROM service_statements WHERE tenant = @tenant ORDER BY id DESC LIMIT @limit;";

    private const string InsertStatementSql =
        "INSERT INTO service_statements (tenant, text, changed_by, changed_by_name, changed_at) VALUES (@tenant, @text, @changed_by, @changed_by_name, @changed_at);";

    private const string ReadElementsSql = "SELECT elements, version FROM service_elements WHERE tenant = @tenant;";

    private const string InsertElementsSql =
        "INSERT INTO service_elements (tenant, elements, version) VALUES (@tenant, @elements, @version) ON CONFLICT (tenant) DO NOTHING;";

    private const string UpdateElementsSql =
        "UPDATE service_elements SET elements = @elements, version = @version WHERE tenant = @tenant AND version = @expected;";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ServiceStatement?> GetStatementAsync(string tenant, CancellationToken ct)
    {
        var newest = await GetStatementHistoryAsync(tenant, 1, ct).ConfigureAwait(false);
        return newest.Count == 0 ? null : newest[0];
    }

    public async Task<IReadOnlyList<ServiceStatement>> GetStatementHistoryAsync(string tenant, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return await SqliteCommands.QueryAsync(
            database,
            HistorySql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@limit", limit);
            },
            r => new ServiceStatement(r.GetString(0), r.GetString(1), SqliteValues.ToTimestamp(r.GetString(2)), SqliteCommands.GetNullableString(r, 3)),
            ct).ConfigureAwait(false);
    }

    public async Task SetStatementAsync(string tenant, ServiceStatement statement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(statement);
        await SqliteCommands.ExecuteAsync(
            database,
            InsertStatementSql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@text", statement.Text);
                p.AddWithValue("@changed_by", statement.ChangedBy);
                p.AddWithValue("@changed_by_name", SqliteValues.FromNullable(statement.ChangedByName));
                p.AddWithValue("@changed_at", SqliteValues.FromTimestamp(statement.ChangedAt));
            },
            ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ServiceElement>> GetElementsAsync(string tenant, CancellationToken ct) =>
        (await ReadElementsAsync(tenant, ct).ConfigureAwait(false)).Elements;

    public async Task<VersionedElements> ReadElementsAsync(string tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var rows = await SqliteCommands.QueryAsync(
            database,
            ReadElementsSql,
            p => p.AddWithValue("@tenant", tenant),
            r => new VersionedElements(JsonSerializer.Deserialize<List<ServiceElement>>(r.GetString(0), Json) ?? [], r.GetString(1)),
            ct).ConfigureAwait(false);
        return rows.Count == 0 ? new VersionedElements(ServiceElementDefaults.All, null) : rows[0];
    }

    public async Task<bool> TryReplaceElementsAsync(string tenant, IReadOnlyList<ServiceElement> elements, string? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(elements);
        var changed = await SqliteCommands.ExecuteAsync(
            database,
            expectedVersion is null ? InsertElementsSql : UpdateElementsSql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@elements", JsonSerializer.Serialize(elements, Json));

                // A random token, not a counter: see SqliteDialogStateStore.
                p.AddWithValue("@version", Guid.NewGuid().ToString("N"));
                if (expectedVersion is not null)
                {
                    p.AddWithValue("@expected", expectedVersion);
                }
            },
            ct).ConfigureAwait(false);
        return changed == 1;
    }
}
