using System.Diagnostics.Metrics;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Jobs;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Telemetry;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Core.Workspace;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>
/// The weekly push: at the schedule's time (<see cref="SummarySchedule"/>, workspace time zone) each
/// tenant's managers get the summary of the last complete week in a private chat. Run
/// periodically on every instance; it always works on the latest push time at or before now, so
/// an instance that was down over the push time sends as soon as it is back.
/// </summary>
/// <remarks>
/// Exactly once, with any number of instances: a tenant's week is a unit of <see cref="IJobLease"/>
/// (claimed, then completed when every manager is handled), and each manager's copy is a unit of
/// its own, so a crash half-way through resends to nobody who already got it. A manager who cannot
/// be reached privately counts as handled: trying every few minutes would not change that.
/// </remarks>
public sealed partial class WeeklySummaryPush : IDisposable
{
    public const string TenantJob = "weekly-summary";
    public const string RecipientJob = "weekly-summary-recipient";

    /// <summary>Far longer than reading and sending one tenant's summaries takes.</summary>
    private static readonly TimeSpan ClaimTimeToLive = TimeSpan.FromMinutes(15);

    private readonly IWeeklyAggregateStore aggregates;
    private readonly IWorkspaceRoles roles;
    private readonly IConversationReferenceStore references;
    private readonly IJobLease lease;
    private readonly IReadOnlyList<IProactiveChannel> channels;
    private readonly SummaryCards cards;
    private readonly SummaryZone zone;
    private readonly SummarySchedule schedule;
    private readonly TimeProvider time;
    private readonly ILogger<WeeklySummaryPush> logger;
    private readonly Meter meter;
    private readonly Counter<long> pushed;

    public WeeklySummaryPush(
        IWeeklyAggregateStore aggregates,
        IWorkspaceRoles roles,
        IConversationReferenceStore references,
        IJobLease lease,
        IEnumerable<IProactiveChannel> channels,
        SummaryCards cards,
        SummaryZone zone,
        SummarySchedule schedule,
        TimeProvider time,
        IMeterFactory meterFactory,
        ILogger<WeeklySummaryPush> logger)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(meterFactory);
        this.aggregates = aggregates;
        this.roles = roles;
        this.references = references;
        this.lease = lease;
        this.channels = [.. channels];
        this.cards = cards;
        this.zone = zone;
        this.schedule = schedule;
        this.time = time;
        this.logger = logger;
        meter = meterFactory.Create(TelemetryNames.Root);
        pushed = meter.CreateCounter<long>("feedbackbot.summary.pushes", "{message}", "Weekly summaries pushed to managers, by outcome.");
    }

    /// <summary>Sends every summary of the latest push time that no instance sent yet; returns how many this call delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var pushAt = schedule.LatestAtOrBefore(time.GetUtcNow(), zone.Zone);
        var week = SummarySchedule.WeekSummarizedAt(pushAt, zone.Zone);

        // A tenant whose votes dropped to nothing still hears about it once.
        var tenants = (await aggregates.ListTenantsAsync(week, ct).ConfigureAwait(false))
            .Union(await aggregates.ListTenantsAsync(week.Previous(), ct).ConfigureAwait(false), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var delivered = 0;
        foreach (var tenant in tenants)
        {
            if (await lease.TryClaimAsync(TenantJob, $"{tenant}|{week}", ClaimTimeToLive, ct).ConfigureAwait(false) is not { } claim)
            {
                continue;
            }

            try
            {
                delivered += await PushTenantAsync(tenant, week, ct).ConfigureAwait(false);
                await lease.CompleteAsync(claim, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The next run (this or another instance) retries; managers already served are skipped.
                LogTenantFailed(logger, ex, tenant, week.ToString());
                await lease.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return delivered;
    }

    public void Dispose() => meter.Dispose();

    private async Task<int> PushTenantAsync(string tenant, IsoWeek week, CancellationToken ct)
    {
        var delivered = 0;
        foreach (var manager in await roles.GetManagersAsync(tenant, ct).ConfigureAwait(false))
        {
            if (await lease.TryClaimAsync(RecipientJob, $"{tenant}|{week}|{manager}", ClaimTimeToLive, ct).ConfigureAwait(false) is not { } claim)
            {
                continue;
            }

            try
            {
                if (await SendAsync(tenant, week, manager, ct).ConfigureAwait(false))
                {
                    delivered++;
                }

                await lease.CompleteAsync(claim, ct).ConfigureAwait(false);
            }
            catch
            {
                await lease.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        return delivered;
    }

    private async Task<bool> SendAsync(string tenant, IsoWeek week, string manager, CancellationToken ct)
    {
        // Bot Framework users are reached through their stored conversation; Slack users by a DM,
        // which needs only their id. A shared conversation is never used: the summary is private.
        var reference = await references.FindAsync(tenant, manager, ct).ConfigureAwait(false);
        var channelName = reference?.Channel ?? SlackChannelName;
        var channel = channels.FirstOrDefault(c => c.Serves(channelName));
        if (channel is null || reference?.ConversationType is "groupChat" or "channel")
        {
            LogUnreachable(logger, tenant, manager, channelName);
            pushed.Add(1, new KeyValuePair<string, object?>("outcome", "unreachable"));
            return false;
        }

        var culture = SupportedCultures.Resolve(reference?.Locale);
        var card = await cards.CreateAsync(tenant, new SummaryQuery(week), culture, ct).ConfigureAwait(false);
        var reply = new Reply { Text = SummaryTexts.Get(SummaryTexts.PushedIntro, culture), Card = card };
        var sent = await channel.SendAsync(new ProactiveMessage(tenant, channelName, manager, reply, culture), ct).ConfigureAwait(false);
        if (!sent)
        {
            LogUnreachable(logger, tenant, manager, channelName);
        }

        pushed.Add(1, new KeyValuePair<string, object?>("outcome", sent ? "sent" : "unreachable"));
        return sent;
    }

    /// <summary>The channel name Slack turns carry (its users need no stored reference).</summary>
    private const string SlackChannelName = "slack";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly summary {Week} for tenant {Tenant} failed; it is retried on the next run")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string tenant, string week);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly summary for tenant {Tenant}: manager {UserId} cannot be reached privately on {Channel}; skipped")]
    private static partial void LogUnreachable(ILogger logger, string tenant, string userId, string channel);
}
