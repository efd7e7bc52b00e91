using System.Globalization;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Core.Workspace;

namespace FeedbackBot.Conversations.Tests.Summaries;

/// <summary>In-memory stand-ins for the stores and roles the summary reads (unit tests only).</summary>
internal sealed class InMemoryAggregates : IWeeklyAggregateStore
{
    public List<WeeklyAggregate> Rows { get; } = [];

    public Task<WeeklyAggregate> GetAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        Task.FromResult(Rows.FirstOrDefault(r => r.Tenant == tenant && r.Week == week) ?? WeeklyAggregate.Empty(tenant, week));

    public Task<Versioned<WeeklyAggregate>?> FindAsync(string tenant, IsoWeek week, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> TryWriteAsync(WeeklyAggregate aggregate, string? expectedVersion, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<WeeklyAggregate>> ListAsync(string tenant, IsoWeek first, IsoWeek last, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<WeeklyAggregate>>([.. Rows.Where(r => r.Tenant == tenant && r.Week >= first && r.Week <= last).OrderBy(r => r.Week)]);
}

internal sealed class InMemoryVotes : IVoteStore
{
    public List<Vote> Votes { get; } = [];

    public Task<Versioned<Vote>?> FindAsync(string tenant, IsoWeek week, string interactionId, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> TryWriteAsync(Vote vote, string? expectedVersion, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<Vote>> ListAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Vote>>([.. Votes.Where(v => v.Tenant == tenant && v.Week == week)]);

    public Task<IReadOnlyList<Vote>> ListLatestMissCommentsAsync(string tenant, IsoWeek week, string? team, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Vote>>([.. Votes
            .Where(v => v.Tenant == tenant && v.Week == week && v.Verdict == Verdict.Miss && !string.IsNullOrEmpty(v.Comment))
            .Where(v => team is null || v.Team == team)
            .OrderByDescending(v => v.VotedAt)
            .Take(max)]);
}

internal sealed class InMemoryDecisions : IDecisionLog
{
    public List<DecisionRecord> Records { get; } = [];

    public Task<bool> AddAsync(DecisionRecord record, CancellationToken ct) => throw new NotSupportedException();

    public Task<DecisionRecord?> FindAsync(string tenant, string id, CancellationToken ct) => throw new NotSupportedException();

    public Task<DecisionRecord?> UpdateAsync(string tenant, string id, Func<DecisionRecord, DecisionRecord> change, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<DecisionRecord>> ListByOwnerAsync(string tenant, string ownerId, int max, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<DecisionRecord>> ListCreatedAsync(string tenant, DateTimeOffset since, DateTimeOffset until, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DecisionRecord>>([.. Records.Where(r => r.Tenant == tenant && r.CreatedAt >= since && r.CreatedAt < until).OrderByDescending(r => r.CreatedAt)]);

    public Task<IReadOnlyList<DecisionRecord>> ListFollowUpsDueAsync(DateTimeOffset now, int max, CancellationToken ct) => throw new NotSupportedException();
}

internal sealed class DefaultCatalog : IServiceCatalogStore
{
    public Task<ServiceStatement?> GetStatementAsync(string tenant, CancellationToken ct) => Task.FromResult<ServiceStatement?>(null);

    public Task<IReadOnlyList<ServiceStatement>> GetStatementHistoryAsync(string tenant, int limit, CancellationToken ct) => throw new NotSupportedException();

    public Task SetStatementAsync(string tenant, ServiceStatement statement, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<ServiceElement>> GetElementsAsync(string tenant, CancellationToken ct) => Task.FromResult(ServiceElementDefaults.All);

    public Task<VersionedElements> ReadElementsAsync(string tenant, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> TryReplaceElementsAsync(string tenant, IReadOnlyList<ServiceElement> elements, string? expectedVersion, CancellationToken ct) => throw new NotSupportedException();
}

/// <summary>Managers per tenant: (tenant, user) pairs.</summary>
internal sealed class FixedRoles : IWorkspaceRoles
{
    public HashSet<(string Tenant, string User)> Managers { get; } = [];

    public Task<bool> IsAdminAsync(string tenant, string userId, CancellationToken ct) => Task.FromResult(false);

    public Task<bool> IsManagerAsync(string tenant, string userId, CancellationToken ct) => Task.FromResult(Managers.Contains((tenant, userId)));

    public Task<IReadOnlyList<string>> GetManagersAsync(string tenant, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([.. Managers.Where(m => m.Tenant == tenant).Select(m => m.User).Order(StringComparer.Ordinal)]);

    public Task<IReadOnlyList<RoleGrant>> ListAsync(string tenant, CancellationToken ct) => throw new NotSupportedException();
}

/// <summary>Links that spell out what they were made for, so tests can check tenant, week and team.</summary>
internal sealed class SpellingLinks : ISummaryLinks
{
    public TimeSpan ExportLifetime => TimeSpan.FromHours(24);

    public SummaryLinkSet Create(string tenant, SummaryQuery query, CultureInfo culture) => new(
        new Uri($"https://bot.example.com/chart/{tenant}/{query.Week}/{query.Team}/{culture.Name}"),
        new Uri($"https://bot.example.com/csv/{tenant}/{query.Week}/{query.Team}"));
}
