using System.Collections.Concurrent;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Jobs;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Conversations.Tests.Decisions;

/// <summary>In-memory stand-ins for the stores the decision check reads and writes (unit tests only).</summary>
internal sealed class InMemoryDecisionLog : IDecisionLog
{
    private readonly ConcurrentDictionary<(string, string), DecisionRecord> records = new();

    public IReadOnlyList<DecisionRecord> All => [.. records.Values.OrderBy(r => r.CreatedAt)];

    public Task<bool> AddAsync(DecisionRecord record, CancellationToken ct) => Task.FromResult(records.TryAdd((record.Tenant, record.Id), record));

    public Task<DecisionRecord?> FindAsync(string tenant, string id, CancellationToken ct) =>
        Task.FromResult(records.TryGetValue((tenant, id), out var r) ? r : null);

    public Task<DecisionRecord?> UpdateAsync(string tenant, string id, Func<DecisionRecord, DecisionRecord> change, CancellationToken ct)
    {
        if (!records.TryGetValue((tenant, id), out var current))
        {
            return Task.FromResult<DecisionRecord?>(null);
        }

        var updated = change(current);
        records[(tenant, id)] = updated;
        return Task.FromResult<DecisionRecord?>(updated);
    }

    public Task<IReadOnlyList<DecisionRecord>> ListByOwnerAsync(string tenant, string ownerId, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DecisionRecord>>([.. records.Values.Where(r => r.Tenant == tenant && r.OwnerId == ownerId).OrderByDescending(r => r.CreatedAt).Take(max)]);

    public Task<IReadOnlyList<DecisionRecord>> ListCreatedAsync(string tenant, DateTimeOffset since, DateTimeOffset until, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DecisionRecord>>([.. records.Values.Where(r => r.Tenant == tenant && r.CreatedAt >= since && r.CreatedAt < until).OrderByDescending(r => r.CreatedAt)]);

    public Task<IReadOnlyList<DecisionRecord>> ListFollowUpsDueAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DecisionRecord>>([.. records.Values.Where(r => r.AwaitsFollowUp && r.FollowUpDueAt <= now).OrderBy(r => r.FollowUpDueAt).Take(max)]);
}

internal sealed class InMemoryServiceCatalog : IServiceCatalogStore
{
    public ServiceStatement? Statement { get; set; } = new("We answer every customer within a day, and returns are painless.", "admin", DateTimeOffset.UnixEpoch);

    public IReadOnlyList<ServiceElement> Elements { get; set; } = ServiceElementDefaults.All;

    public Task<ServiceStatement?> GetStatementAsync(string tenant, CancellationToken ct) => Task.FromResult(Statement);

    public Task<IReadOnlyList<ServiceStatement>> GetStatementHistoryAsync(string tenant, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ServiceStatement>>(Statement is null ? [] : [Statement]);

    public Task SetStatementAsync(string tenant, ServiceStatement statement, CancellationToken ct)
    {
        Statement = statement;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ServiceElement>> GetElementsAsync(string tenant, CancellationToken ct) => Task.FromResult(Elements);

    public Task<VersionedElements> ReadElementsAsync(string tenant, CancellationToken ct) => Task.FromResult(new VersionedElements(Elements, null));

    public Task<bool> TryReplaceElementsAsync(string tenant, IReadOnlyList<ServiceElement> elements, string? expectedVersion, CancellationToken ct)
    {
        Elements = elements;
        return Task.FromResult(true);
    }
}

internal sealed class InMemoryRankings : IElementRankings
{
    public ElementRankingSummary Summary { get; set; } = ElementRankingSummary.Empty;

    public Task<ElementRankingSummary> GetAsync(string tenant, CancellationToken ct) => Task.FromResult(Summary);
}

internal sealed class InMemoryAggregates : IWeeklyAggregateStore
{
    public List<WeeklyAggregate> Weeks { get; } = [];

    public Task<WeeklyAggregate> GetAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        Task.FromResult(Weeks.FirstOrDefault(w => w.Tenant == tenant && w.Week == week) ?? WeeklyAggregate.Empty(tenant, week));

    public Task<Versioned<WeeklyAggregate>?> FindAsync(string tenant, IsoWeek week, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> TryWriteAsync(WeeklyAggregate aggregate, string? expectedVersion, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<WeeklyAggregate>> ListAsync(string tenant, IsoWeek first, IsoWeek last, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<WeeklyAggregate>>([.. Weeks.Where(w => w.Tenant == tenant && w.Week >= first && w.Week <= last).OrderBy(w => w.Week)]);

    public Task<IReadOnlyList<string>> ListTenantsAsync(IsoWeek week, CancellationToken ct) => throw new NotSupportedException();
}

internal sealed class InMemoryJobLease(TimeProvider time) : IJobLease
{
    private readonly Dictionary<(string, string), (JobClaim Claim, bool Done)> claims = [];

    public Task<JobClaim?> TryClaimAsync(string job, string key, TimeSpan timeToLive, CancellationToken ct)
    {
        lock (claims)
        {
            var now = time.GetUtcNow();
            if (claims.TryGetValue((job, key), out var held) && (held.Done || held.Claim.ExpiresAt > now))
            {
                return Task.FromResult<JobClaim?>(null);
            }

            var claim = new JobClaim(job, key, Guid.NewGuid().ToString("N"), now + timeToLive);
            claims[(job, key)] = (claim, false);
            return Task.FromResult<JobClaim?>(claim);
        }
    }

    public Task<bool> CompleteAsync(JobClaim claim, CancellationToken ct)
    {
        lock (claims)
        {
            claims[(claim.Job, claim.Key)] = (claim, true);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(JobClaim claim, CancellationToken ct)
    {
        lock (claims)
        {
            claims.Remove((claim.Job, claim.Key));
            return Task.CompletedTask;
        }
    }
}

internal sealed class RecordingProactiveChannel : IProactiveChannel
{
    public List<ProactiveMessage> Sent { get; } = [];

    public bool Reachable { get; set; } = true;

    public bool Serves(string channel) => true;

    public Task<bool> SendAsync(ProactiveMessage message, CancellationToken ct)
    {
        if (Reachable)
        {
            Sent.Add(message);
        }

        return Task.FromResult(Reachable);
    }
}
