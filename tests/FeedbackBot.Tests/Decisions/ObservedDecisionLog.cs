using FeedbackBot.Core.Decisions;
using FeedbackBot.Storage.Sqlite.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Decisions;

/// <summary>
/// The real SQLite decision log, with every scan for due follow-ups reported: lets a test wait
/// until each host's follow-up job has looked (polling, never sleeping a fixed time).
/// </summary>
internal sealed class ObservedDecisionLog(IDecisionLog inner, Action<DateTimeOffset> scanned) : IDecisionLog
{
    /// <summary>A host's services with the shared fake clock and the observed log; scans go to <paramref name="scans"/> as (host, now).</summary>
    public static void Register(IServiceCollection services, TimeProvider time, List<(int Host, DateTimeOffset Now)> scans, int host)
    {
        services.AddSingleton(time);
        services.AddSingleton<IDecisionLog>(provider => new ObservedDecisionLog(
            ActivatorUtilities.CreateInstance<SqliteDecisionLog>(provider),
            now =>
            {
                lock (scans)
                {
                    scans.Add((host, now));
                }
            }));
    }

    public Task<bool> AddAsync(DecisionRecord record, CancellationToken ct) => inner.AddAsync(record, ct);

    public Task<DecisionRecord?> FindAsync(string tenant, string id, CancellationToken ct) => inner.FindAsync(tenant, id, ct);

    public Task<DecisionRecord?> UpdateAsync(string tenant, string id, Func<DecisionRecord, DecisionRecord> change, CancellationToken ct) =>
        inner.UpdateAsync(tenant, id, change, ct);

    public Task<IReadOnlyList<DecisionRecord>> ListByOwnerAsync(string tenant, string ownerId, int max, CancellationToken ct) =>
        inner.ListByOwnerAsync(tenant, ownerId, max, ct);

    public Task<IReadOnlyList<DecisionRecord>> ListCreatedAsync(string tenant, DateTimeOffset since, DateTimeOffset until, CancellationToken ct) =>
        inner.ListCreatedAsync(tenant, since, until, ct);

    public async Task<IReadOnlyList<DecisionRecord>> ListFollowUpsDueAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        var due = await inner.ListFollowUpsDueAsync(now, max, ct);
        scanned(now);
        return due;
    }
}
