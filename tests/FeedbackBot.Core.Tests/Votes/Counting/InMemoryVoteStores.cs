using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Votes.Counting;

/// <summary>
/// The votes feature's five stores in memory, each call going through <see cref="StoreFaults"/>.
/// Conditional writes and the settle transaction behave as the real stores' contracts say.
/// </summary>
internal sealed class InMemoryVoteStores : IFeedbackRequestStore, IVoteStore, IWeeklyAggregateStore, ICountIntentStore, ICustomerPreferenceStore
{
    private readonly Dictionary<(string, string), Versioned<FeedbackRequest>> requests = [];
    private readonly Dictionary<(string, IsoWeek, string), Versioned<Vote>> votes = [];
    private readonly Dictionary<(string, IsoWeek), Versioned<WeeklyAggregate>> aggregates = [];
    private readonly Dictionary<(string, IsoWeek, string), Versioned<CountIntent>> intents = [];
    private readonly Dictionary<(string, string), CustomerPreference> customers = [];
    private int version;

    public StoreFaults Faults { get; } = new();

    /// <summary>The next vote write takes effect but answers "conflict", as a retried write whose first response was lost does.</summary>
    public bool ReportNextVoteWriteAsConflict { get; set; }

    /// <summary>Every intent still stored.</summary>
    public IReadOnlyList<CountIntent> Intents => [.. intents.Values.Select(i => i.Value)];

    Task<(FeedbackRequest Request, bool Created)> IFeedbackRequestStore.CreateAsync(FeedbackRequest request, CancellationToken ct) =>
        Faults.Run("requests.Create", () =>
        {
            if (requests.TryGetValue((request.Tenant, request.InteractionId), out var existing))
            {
                return (existing.Value, false);
            }

            requests[(request.Tenant, request.InteractionId)] = new(request, NextVersion());
            return (request, true);
        });

    Task<Versioned<FeedbackRequest>?> IFeedbackRequestStore.FindAsync(string tenant, string interactionId, CancellationToken ct) =>
        Faults.Run("requests.Find", () => requests.GetValueOrDefault((tenant, interactionId)));

    Task<bool> IFeedbackRequestStore.TryUpdateAsync(FeedbackRequest request, string expectedVersion, CancellationToken ct) =>
        Faults.Run("requests.TryUpdate", () =>
        {
            if (requests.GetValueOrDefault((request.Tenant, request.InteractionId))?.Version != expectedVersion)
            {
                return false;
            }

            requests[(request.Tenant, request.InteractionId)] = new(request, NextVersion());
            return true;
        });

    Task<IReadOnlyList<FeedbackRequest>> IFeedbackRequestStore.ListAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        Faults.Run<IReadOnlyList<FeedbackRequest>>("requests.List", () => [.. requests.Values.Select(r => r.Value).Where(r => r.Tenant == tenant && r.Week == week)]);

    Task<IReadOnlyList<FeedbackRequest>> IFeedbackRequestStore.ListDueForReminderAsync(DateTimeOffset createdAfter, DateTimeOffset createdBefore, int max, CancellationToken ct) =>
        throw new NotSupportedException();

    Task<IReadOnlyList<FeedbackRequest>> IFeedbackRequestStore.ListByCustomerAsync(string tenant, string customerId, CancellationToken ct) =>
        throw new NotSupportedException();

    Task<Versioned<Vote>?> IVoteStore.FindAsync(string tenant, IsoWeek week, string interactionId, CancellationToken ct) =>
        Faults.Run("votes.Find", () => votes.GetValueOrDefault((tenant, week, interactionId)));

    Task<bool> IVoteStore.TryWriteAsync(Vote vote, string? expectedVersion, CancellationToken ct) =>
        Faults.Run("votes.TryWrite", () =>
        {
            var key = (vote.Tenant, vote.Week, vote.InteractionId);
            if (votes.GetValueOrDefault(key)?.Version != expectedVersion)
            {
                return false;
            }

            votes[key] = new(vote, NextVersion());
            var lost = ReportNextVoteWriteAsConflict;
            ReportNextVoteWriteAsConflict = false;
            return !lost;
        });

    Task<IReadOnlyList<Vote>> IVoteStore.ListAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        Faults.Run<IReadOnlyList<Vote>>("votes.List", () => [.. votes.Values.Select(v => v.Value).Where(v => v.Tenant == tenant && v.Week == week)]);

    Task<IReadOnlyList<Vote>> IVoteStore.ListLatestMissCommentsAsync(string tenant, IsoWeek week, string? team, int max, CancellationToken ct) =>
        throw new NotSupportedException();

    async Task<WeeklyAggregate> IWeeklyAggregateStore.GetAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        (await ((IWeeklyAggregateStore)this).FindAsync(tenant, week, ct))?.Value ?? WeeklyAggregate.Empty(tenant, week);

    Task<Versioned<WeeklyAggregate>?> IWeeklyAggregateStore.FindAsync(string tenant, IsoWeek week, CancellationToken ct) =>
        Faults.Run("aggregates.Find", () => aggregates.GetValueOrDefault((tenant, week)));

    Task<bool> IWeeklyAggregateStore.TryWriteAsync(WeeklyAggregate aggregate, string? expectedVersion, CancellationToken ct) =>
        Faults.Run("aggregates.TryWrite", () => WriteAggregate(aggregate, expectedVersion));

    Task<IReadOnlyList<WeeklyAggregate>> IWeeklyAggregateStore.ListAsync(string tenant, IsoWeek first, IsoWeek last, CancellationToken ct) =>
        throw new NotSupportedException();

    Task<IReadOnlyList<string>> IWeeklyAggregateStore.ListTenantsAsync(IsoWeek week, CancellationToken ct) =>
        throw new NotSupportedException();

    Task<string> ICountIntentStore.AddAsync(CountIntent intent, CancellationToken ct) =>
        Faults.Run("intents.Add", () =>
        {
            var key = (intent.Tenant, intent.Week, intent.ChangeId);
            if (!intents.TryGetValue(key, out var stored))
            {
                stored = new(intent, NextVersion());
                intents[key] = stored;
            }

            return stored.Version;
        });

    Task<Versioned<CountIntent>?> ICountIntentStore.FindAsync(string tenant, IsoWeek week, string changeId, CancellationToken ct) =>
        Faults.Run("intents.Find", () => intents.GetValueOrDefault((tenant, week, changeId)));

    Task<SettleResult> ICountIntentStore.TrySettleAsync(Versioned<CountIntent> intent, WeeklyAggregate aggregate, string? aggregateVersion, CancellationToken ct) =>
        Faults.Run("intents.TrySettle", () =>
        {
            var key = (intent.Value.Tenant, intent.Value.Week, intent.Value.ChangeId);
            if (intents.GetValueOrDefault(key)?.Version != intent.Version)
            {
                return SettleResult.IntentGone;
            }

            if (!WriteAggregate(aggregate, aggregateVersion))
            {
                return SettleResult.AggregateChanged;
            }

            intents.Remove(key);
            return SettleResult.Applied;
        });

    Task<bool> ICountIntentStore.TryDiscardAsync(Versioned<CountIntent> intent, CancellationToken ct) =>
        Faults.Run("intents.TryDiscard", () => intents.Remove((intent.Value.Tenant, intent.Value.Week, intent.Value.ChangeId)));

    Task<IReadOnlyList<Versioned<CountIntent>>> ICountIntentStore.ListCreatedBeforeAsync(DateTimeOffset createdBefore, int max, CancellationToken ct) =>
        Faults.Run<IReadOnlyList<Versioned<CountIntent>>>("intents.List", () => [.. intents.Values.Where(i => i.Value.CreatedAt < createdBefore).Take(max)]);

    Task<CustomerPreference?> ICustomerPreferenceStore.FindAsync(string tenant, string customerId, CancellationToken ct) =>
        Faults.Run("customers.Find", () => customers.GetValueOrDefault((tenant, customerId)));

    Task ICustomerPreferenceStore.UpsertAsync(CustomerPreference preference, CancellationToken ct) =>
        Faults.Run("customers.Upsert", () => customers[(preference.Tenant, preference.CustomerId)] = preference);

    private bool WriteAggregate(WeeklyAggregate aggregate, string? expectedVersion)
    {
        if (aggregates.GetValueOrDefault((aggregate.Tenant, aggregate.Week))?.Version != expectedVersion)
        {
            return false;
        }

        aggregates[(aggregate.Tenant, aggregate.Week)] = new(aggregate, NextVersion());
        return true;
    }

    private string NextVersion() => (++version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
