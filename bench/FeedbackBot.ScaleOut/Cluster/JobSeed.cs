using System.Globalization;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Core.Workspace;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Cluster;

/// <summary>
/// The data that makes the background jobs due while the run lasts, written through the store
/// ports before the bots start. Neither job can be handed a fake clock across processes, so:
/// the summary schedule is set to today 00:00 (<see cref="Schedule"/>), making last week's push due
/// at every instance's start and on its five-minute tick, and tenants with last week's figures get
/// a manager each; decision checks are stored as made days ago, some already due and some falling
/// due a few seconds into the traffic, for the one-minute follow-up tick.
/// </summary>
internal sealed record JobSeed(IReadOnlyList<(string Tenant, string Manager)> Pushes, IReadOnlyList<(DecisionRecord Record, bool DueDuringRun)> FollowUps)
{
    public const string StatementText = "We answer every customer the same day and make it right when we get it wrong.";

    /// <summary>Today's weekday at 00:00 UTC: the latest push time is today, summarizing last week.</summary>
    public static string Schedule(DateTimeOffset now) => string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime.DayOfWeek} 00:00");

    public static async Task<JobSeed> WriteAsync(StoreAccess store, string runId, int pushTenants, int followUps, TimeSpan dueAfterStart, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var catalog = store.Get<IServiceCatalogStore>();
        foreach (var tenant in new[] { Payloads.TeamsTenant, Payloads.SlackTeam })
        {
            // The decision check asks whether the decision honours the statement only when there is one.
            await catalog.SetStatementAsync(tenant, new ServiceStatement(StatementText, "scaleout-admin", now), ct).ConfigureAwait(false);
        }

        var lastWeek = IsoWeek.FromInstant(now, TimeZoneInfo.Utc).Previous();
        var pushes = new List<(string, string)>();
        for (var i = 1; i <= pushTenants; i++)
        {
            var tenant = Payloads.Id("TPUSH" + runId.ToUpperInvariant(), i);
            var manager = Payloads.Id("UMGR" + runId.ToUpperInvariant(), i);
            await store.Get<IWeeklyAggregateStore>().TryWriteAsync(WeeklyAggregate.Empty(tenant, lastWeek), expectedVersion: null, ct).ConfigureAwait(false);
            await store.Get<IRoleGrantStore>().GrantAsync(tenant, new RoleGrant(manager, WorkspaceRole.Manager, "scaleout-admin", now), ct).ConfigureAwait(false);
            pushes.Add((tenant, manager));
        }

        var log = store.Get<IDecisionLog>();
        var records = new List<(DecisionRecord, bool)>();
        for (var i = 1; i <= followUps; i++)
        {
            var dueDuringRun = i % 2 == 0;
            var created = now.AddDays(-15).AddSeconds(i);
            var owner = Payloads.Id("UOWN" + runId.ToUpperInvariant(), i);
            var record = new DecisionRecord
            {
                Tenant = Payloads.SlackTeam,
                Id = DecisionIds.New(created),
                OwnerId = owner,
                Channel = "slack",
                ConversationId = "D" + owner,
                Locale = "en-US",
                Decision = Payloads.Id("Seeded decision ", i),
                Elements = ["shipping"],
                PredictedReaction = Verdict.Hit,
                ReactionReason = "seeded",
                FindsValue = true,
                ValueReason = "seeded",
                CustomersAsked = false,
                CreatedAt = created,
                FollowUpDueAt = dueDuringRun ? now + dueAfterStart : now.AddDays(-1),
            };
            await log.AddAsync(record, ct).ConfigureAwait(false);
            records.Add((record, dueDuringRun));
        }

        return new JobSeed(pushes, records);
    }
}
