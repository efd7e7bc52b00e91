using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Core.Tests.Votes.Counting;

/// <summary>One tenant's votes feature over <see cref="InMemoryVoteStores"/>, with a stopped clock.</summary>
internal sealed class CountingWorld
{
    public const string Tenant = "tenant-1";
    public static readonly TimeSpan MinAge = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    public CountingWorld()
    {
        Counter = new AggregateCounter(Stores, Stores);
        Requests = new FeedbackRequests(Stores, Stores, Counter, new VoteRules(), Time);
        Recorder = new VoteRecorder(Stores, Stores, Counter, Time);
        Repair = new CountRepair(Stores, Stores, Stores, Counter, Time);
    }

    public InMemoryVoteStores Stores { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));

    public AggregateCounter Counter { get; }

    public FeedbackRequests Requests { get; }

    public VoteRecorder Recorder { get; }

    public CountRepair Repair { get; }

    public IsoWeek Week => IsoWeek.FromInstant(Time.GetUtcNow(), TimeZoneInfo.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<RequestCreation> CreateRequestAsync(string interactionId) =>
        Requests.CreateAsync(new NewInteraction(Tenant, interactionId, new FeedbackCustomer("cust-" + interactionId), new FeedbackAgent("agent-7", "Sam"), "support", Time.GetUtcNow(), "api"), Ct);

    public Task<VoteOutcome> VoteAsync(string interactionId, Verdict verdict, string? elementId = null) =>
        Recorder.RecordAsync(new VoteInput(Tenant, interactionId, verdict, "link", ElementId: elementId), Ct);

    public Task<VoteOutcome> AddDetailsAsync(string interactionId, string? comment, string? elementId) =>
        Recorder.AddDetailsAsync(Tenant, interactionId, comment, elementId, Ct);

    /// <summary>One pass of the repair job once every intent is past its grace period.</summary>
    public Task<CountRepairResult> RepairAfterGraceAsync()
    {
        Time.Advance(Grace + TimeSpan.FromMinutes(1));
        return Repair.RunAsync(MinAge, Grace, 1000, Ct);
    }

    /// <summary>The week's aggregate and what its stored votes and requests add up to, each as comparable text.</summary>
    public async Task<(string Counted, string Recounted)> CountedAndRecountedAsync(IsoWeek week)
    {
        IWeeklyAggregateStore aggregates = Stores;
        IVoteStore votes = Stores;
        IFeedbackRequestStore requests = Stores;
        Stores.Faults.Disarm();
        var counted = await aggregates.GetAsync(Tenant, week, Ct);
        var recounted = VoteTally.Rebuild(Tenant, week, await votes.ListAsync(Tenant, week, Ct), await requests.ListAsync(Tenant, week, Ct));
        return (Describe(counted), Describe(recounted));
    }

    private static string Describe(WeeklyAggregate a) =>
        $"requests {a.Requests}, votes {a.Votes}, agents [{string.Join(", ", a.ByAgent)}], teams [{string.Join(", ", a.ByTeam)}], "
        + $"elements [{string.Join(", ", a.ByElement)}], names [{string.Join(", ", a.AgentNames)}]";
}
