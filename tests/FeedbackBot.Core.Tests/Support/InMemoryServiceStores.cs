using FeedbackBot.Core.Service;
using FeedbackBot.Core.Workspace;

namespace FeedbackBot.Core.Tests.Support;

/// <summary>An in-memory survey answer store for unit tests.</summary>
internal sealed class InMemorySurveyAnswerStore : ISurveyAnswerStore
{
    private readonly Dictionary<(string, Quarter, string), SurveyAnswerSet> sets = [];

    public Task SaveAsync(SurveyAnswerSet answers, CancellationToken ct)
    {
        sets[(answers.Tenant, answers.Quarter, answers.CustomerId)] = answers;
        return Task.CompletedTask;
    }

    public Task<SurveyAnswerSet?> FindAsync(string tenant, Quarter quarter, string customerId, CancellationToken ct) =>
        Task.FromResult(sets.GetValueOrDefault((tenant, quarter, customerId)));

    public Task<IReadOnlyList<SurveyAnswerSet>> ListAsync(string tenant, Quarter quarter, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SurveyAnswerSet>>([.. sets.Values.Where(s => s.Tenant == tenant && s.Quarter == quarter)]);
}

/// <summary>An in-memory role grant store for unit tests.</summary>
internal sealed class InMemoryRoleGrantStore : IRoleGrantStore
{
    private readonly List<(string Tenant, RoleGrant Grant)> grants = [];

    public Task<IReadOnlyList<RoleGrant>> ListAsync(string tenant, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RoleGrant>>([.. grants.Where(g => g.Tenant == tenant).Select(g => g.Grant)]);

    public Task GrantAsync(string tenant, RoleGrant grant, CancellationToken ct)
    {
        grants.RemoveAll(g => g.Tenant == tenant && g.Grant.UserId == grant.UserId && g.Grant.Role == grant.Role);
        grants.Add((tenant, grant));
        return Task.CompletedTask;
    }

    public Task<bool> RevokeAsync(string tenant, string userId, WorkspaceRole role, CancellationToken ct) =>
        Task.FromResult(grants.RemoveAll(g => g.Tenant == tenant && g.Grant.UserId == userId && g.Grant.Role == role) > 0);
}

/// <summary>An in-memory catalog store for unit tests; <see cref="ConflictsToSimulate"/> refuses that many writes first.</summary>
internal sealed class InMemoryServiceCatalogStore : IServiceCatalogStore
{
    private readonly Dictionary<string, List<ServiceStatement>> statements = [];
    private readonly Dictionary<string, VersionedElements> elements = [];

    public int ConflictsToSimulate { get; set; }

    public Task<ServiceStatement?> GetStatementAsync(string tenant, CancellationToken ct) =>
        Task.FromResult(statements.GetValueOrDefault(tenant)?.LastOrDefault());

    public Task<IReadOnlyList<ServiceStatement>> GetStatementHistoryAsync(string tenant, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ServiceStatement>>([.. (statements.GetValueOrDefault(tenant) ?? []).AsEnumerable().Reverse().Take(limit)]);

    public Task SetStatementAsync(string tenant, ServiceStatement statement, CancellationToken ct)
    {
        if (!statements.TryGetValue(tenant, out var list))
        {
            statements[tenant] = list = [];
        }

        list.Add(statement);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ServiceElement>> GetElementsAsync(string tenant, CancellationToken ct) =>
        Task.FromResult(elements.GetValueOrDefault(tenant)?.Elements ?? ServiceElementDefaults.All);

    public Task<VersionedElements> ReadElementsAsync(string tenant, CancellationToken ct) =>
        Task.FromResult(elements.GetValueOrDefault(tenant) ?? new VersionedElements(ServiceElementDefaults.All, null));

    public Task<bool> TryReplaceElementsAsync(string tenant, IReadOnlyList<ServiceElement> list, string? expectedVersion, CancellationToken ct)
    {
        if (ConflictsToSimulate > 0)
        {
            ConflictsToSimulate--;
            return Task.FromResult(false);
        }

        if (elements.GetValueOrDefault(tenant)?.Version != expectedVersion)
        {
            return Task.FromResult(false);
        }

        elements[tenant] = new VersionedElements(list, Guid.NewGuid().ToString("N"));
        return Task.FromResult(true);
    }
}
