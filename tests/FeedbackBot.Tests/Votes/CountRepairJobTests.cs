using System.Diagnostics.Metrics;
using FeedbackBot.Core.Telemetry;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Tests.Support;
using FeedbackBot.Votes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// The count repair job in a real host over SQLite, with a fake clock: what a crash left behind
/// (an intent whose vote landed, an intent whose vote never did) is counted once or dropped.
/// </summary>
public sealed class CountRepairJobTests : IDisposable
{
    private const string Tenant = "contoso";
    private static readonly IsoWeek Week = new(2026, 48);
    private readonly TempDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RepairJob_IntentWhoseVoteLanded_CountsItOnceAndReportsIt()
    {
        await using var host = Host();
        var job = host.Services.GetRequiredService<CountRepairJob>();
        var intent = Intent("ticket-1");
        await host.Services.GetRequiredService<ICountIntentStore>().AddAsync(intent, Ct);
        await host.Services.GetRequiredService<IVoteStore>().TryWriteAsync(VoteOf(intent), null, Ct);
        using var settled = new RepairCounter(host.Services.GetRequiredService<IMeterFactory>());

        time.Advance(TimeSpan.FromMinutes(1));
        await job.RunOnceAsync(Ct);
        await job.RunOnceAsync(Ct);

        var aggregate = await host.Services.GetRequiredService<IWeeklyAggregateStore>().GetAsync(Tenant, Week, Ct);
        Assert.Equal(new HitMissCount(0, 1), aggregate.Votes);
        Assert.Equal(new HitMissCount(0, 1), aggregate.ByTeam["support"]);
        Assert.Null(await host.Services.GetRequiredService<ICountIntentStore>().FindAsync(Tenant, Week, intent.ChangeId, Ct));
        Assert.Equal(1, settled.Total("settled"));
        Assert.Equal(0, settled.Total("discarded"));
    }

    [Fact]
    public async Task RepairJob_IntentWhoseVoteNeverLanded_KeepsItThroughTheGraceThenDiscardsIt()
    {
        await using var host = Host();
        var job = host.Services.GetRequiredService<CountRepairJob>();
        var intents = host.Services.GetRequiredService<ICountIntentStore>();
        var intent = Intent("ticket-2");
        await intents.AddAsync(intent, Ct);

        time.Advance(TimeSpan.FromMinutes(2));
        await job.RunOnceAsync(Ct);
        var duringGrace = await intents.FindAsync(Tenant, Week, intent.ChangeId, Ct);
        time.Advance(TimeSpan.FromMinutes(4));
        await job.RunOnceAsync(Ct);
        var afterGrace = await intents.FindAsync(Tenant, Week, intent.ChangeId, Ct);

        Assert.NotNull(duringGrace);
        Assert.Null(afterGrace);
        Assert.Null(await host.Services.GetRequiredService<IWeeklyAggregateStore>().FindAsync(Tenant, Week, Ct));
    }

    [Fact]
    public async Task Host_CountRepairGraceShorterThanMinAge_RefusesToStart()
    {
        await using var host = Host(new Dictionary<string, string?>
        {
            ["FeedbackBot:Votes:CountRepairMinAge"] = "00:10:00",
            ["FeedbackBot:Votes:CountRepairGrace"] = "00:05:00",
        });

        var failure = Record.Exception(() => host.Client);

        Assert.Contains("CountRepairGrace", failure?.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    private BotHost Host(Dictionary<string, string?>? settings = null) =>
        new(database.Path, settings, services => services.AddSingleton<TimeProvider>(time));

    private CountIntent Intent(string interactionId) => new()
    {
        Tenant = Tenant,
        Week = Week,
        ChangeId = Guid.NewGuid().ToString("N"),
        InteractionId = interactionId,
        Kind = CountIntentKind.Vote,
        After = new CountedVote(Verdict.Miss, "agent-7", "Sam", "support", null),
        CreatedAt = time.GetUtcNow(),
    };

    private Vote VoteOf(CountIntent intent) => new()
    {
        Tenant = Tenant,
        Week = Week,
        InteractionId = intent.InteractionId,
        RequestId = "request-1",
        Verdict = Verdict.Miss,
        AgentId = "agent-7",
        AgentName = "Sam",
        Team = "support",
        Via = "link",
        VotedAt = time.GetUtcNow(),
        ChangeId = intent.ChangeId,
    };

    /// <summary>The job's <c>feedbackbot.votes.count_repairs</c> counter of one host, by outcome.</summary>
    private sealed class RepairCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly Dictionary<string, long> totals = [];
        private readonly Lock gate = new();

        public RepairCounter(IMeterFactory hostMeters)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == TelemetryNames.Root && instrument.Meter.Scope == hostMeters && instrument.Name == "feedbackbot.votes.count_repairs")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var outcome = tags.ToArray().Single(t => t.Key == "outcome").Value as string ?? "";
                lock (gate)
                {
                    totals[outcome] = totals.GetValueOrDefault(outcome) + value;
                }
            });
            listener.Start();
        }

        public long Total(string outcome)
        {
            lock (gate)
            {
                return totals.GetValueOrDefault(outcome);
            }
        }

        public void Dispose() => listener.Dispose();
    }
}
