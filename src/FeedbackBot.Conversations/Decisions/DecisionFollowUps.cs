using System.Diagnostics.Metrics;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Jobs;
using FeedbackBot.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// Closes the loop: asks the owners of due decision checks "How did customers actually react?".
/// Run periodically by a hosted job on every instance; each follow-up is claimed through
/// <see cref="IJobLease"/> before it is sent and marked sent on the record after, so with any
/// number of instances it goes out once. (Only a crash between the send and the mark repeats it,
/// after the claim's time-to-live: at-least-once beats a question never asked.)
/// </summary>
public sealed partial class DecisionFollowUps : IDisposable
{
    /// <summary>The job name in <see cref="IJobLease"/>.</summary>
    public const string JobName = "decision-follow-up";

    /// <summary>Follow-ups handled per run; the next run takes the rest.</summary>
    public const int BatchSize = 50;

    /// <summary>Far longer than one send takes, even with the channel's retries.</summary>
    private static readonly TimeSpan ClaimTimeToLive = TimeSpan.FromMinutes(10);

    private readonly IDecisionLog log;
    private readonly IJobLease lease;
    private readonly IReadOnlyList<IProactiveChannel> channels;
    private readonly TimeProvider time;
    private readonly ILogger<DecisionFollowUps> logger;
    private readonly Meter meter;
    private readonly Counter<long> sent;

    public DecisionFollowUps(
        IDecisionLog log, IJobLease lease, IEnumerable<IProactiveChannel> channels, TimeProvider time, IMeterFactory meterFactory, ILogger<DecisionFollowUps> logger)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(meterFactory);
        this.log = log;
        this.lease = lease;
        this.channels = [.. channels];
        this.time = time;
        this.logger = logger;
        meter = meterFactory.Create(TelemetryNames.Root);
        sent = meter.CreateCounter<long>("feedbackbot.decision.followups", "{message}", "Decision follow-ups handled, by outcome.");
    }

    /// <summary>Sends every follow-up due now that no other instance holds; returns how many this call sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var due = await log.ListFollowUpsDueAsync(time.GetUtcNow(), BatchSize, ct).ConfigureAwait(false);
        var count = 0;
        foreach (var record in due)
        {
            if (await lease.TryClaimAsync(JobName, $"{record.Tenant}|{record.Id}", ClaimTimeToLive, ct).ConfigureAwait(false) is not { } claim)
            {
                continue;
            }

            try
            {
                if (await SendAsync(record, ct).ConfigureAwait(false))
                {
                    count++;
                }

                await lease.CompleteAsync(claim, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Retried by the next run (this or another instance): the claim is given back.
                LogFollowUpFailed(logger, ex, record.Tenant, record.Id);
                sent.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
                await lease.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return count;
    }

    public void Dispose() => meter.Dispose();

    private async Task<bool> SendAsync(DecisionRecord record, CancellationToken ct)
    {
        var culture = SupportedCultures.Resolve(record.Locale);
        var message = new ProactiveMessage(record.Tenant, record.Channel, record.OwnerId, new Reply { Card = DecisionFollowUpCard.Render(record, culture) }, culture);
        var channel = channels.FirstOrDefault(c => c.Serves(record.Channel));
        var delivered = channel is not null && await channel.SendAsync(message, ct).ConfigureAwait(false);
        if (!delivered)
        {
            // Nobody can reach the owner there; asking again every minute would not change that.
            LogOwnerUnreachable(logger, record.Tenant, record.Id, record.Channel);
        }

        await log.UpdateAsync(record.Tenant, record.Id, r => r with { FollowUpSentAt = time.GetUtcNow() }, ct).ConfigureAwait(false);
        sent.Add(1, new KeyValuePair<string, object?>("outcome", delivered ? "sent" : "unreachable"));
        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Decision follow-up {Tenant}/{DecisionId} failed; it is retried on the next run")]
    private static partial void LogFollowUpFailed(ILogger logger, Exception exception, string tenant, string decisionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Decision follow-up {Tenant}/{DecisionId}: the owner cannot be reached on {Channel}; not sent")]
    private static partial void LogOwnerUnreachable(ILogger logger, string tenant, string decisionId, string channel);
}
