using FeedbackBot.Conversations.Votes;
using FeedbackBot.Core.Jobs;
using FeedbackBot.Core.Votes;
using FeedbackBot.Jobs;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Votes;

/// <summary>
/// Sends the one reminder of an unanswered request, <c>ReminderAfterDays</c> after it was created
/// and before it expires. Every instance scans; a job lease per request lets exactly one of them
/// remind, and the request is marked reminded so it never comes up again.
/// </summary>
public sealed class FeedbackReminderJob(
    IFeedbackRequestStore requests,
    IVoteStore votes,
    IJobLease leases,
    SurveyDelivery delivery,
    VoteRules rules,
    IOptions<VoteOptions> options,
    TimeProvider time,
    ILogger<FeedbackReminderJob> logger) : PeriodicJob(time, logger)
{
    public const string JobName = "feedback-reminder";
    private const int BatchSize = 100;

    protected override TimeSpan Interval => options.Value.ReminderScanInterval;

    protected override string Name => "feedback reminder scan";

    // Zero days switches reminders off.
    protected override bool Enabled => options.Value.ReminderAfterDays > 0;

    protected override Task RunAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>One scan: reminds every due request (this instance's share of them). Returns how many it reminded.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var due = await requests.ListDueForReminderAsync(now - rules.RequestLifetime, now - rules.ReminderAfter, BatchSize, ct);
        var reminded = 0;
        foreach (var request in due)
        {
            if (await leases.TryClaimAsync(JobName, $"{request.Tenant}|{request.InteractionId}", TimeSpan.FromMinutes(5), ct) is not { } claim)
            {
                continue;
            }

            try
            {
                reminded += await RemindAsync(request, ct) ? 1 : 0;
                await leases.CompleteAsync(claim, ct);
            }
            catch
            {
                await leases.ReleaseAsync(claim, CancellationToken.None);
                throw;
            }
        }

        return reminded;
    }

    private async Task<bool> RemindAsync(FeedbackRequest request, CancellationToken ct)
    {
        if (await requests.FindAsync(request.Tenant, request.InteractionId, ct) is not { } fresh || fresh.Value.RemindedAt is not null)
        {
            return false;
        }

        var answered = await votes.FindAsync(request.Tenant, request.Week, request.InteractionId, ct) is not null;
        var sent = !answered && fresh.Value.IsOpenAt(Time.GetUtcNow()) && await delivery.TryDeliverAsync(fresh.Value, reminder: true, ct);

        // Marked either way: answered ones and customers only the link reaches are never due again.
        await requests.TryUpdateAsync(
            fresh.Value with { RemindedAt = Time.GetUtcNow(), AnsweredAt = answered ? fresh.Value.AnsweredAt ?? Time.GetUtcNow() : null },
            fresh.Version,
            ct);
        return sent;
    }
}
