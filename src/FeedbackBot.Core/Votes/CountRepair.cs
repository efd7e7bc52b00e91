namespace FeedbackBot.Core.Votes;

/// <summary>
/// Finishes counts a writer could not: every <see cref="CountIntent"/> older than a short age
/// (live writers settle their own within it) is settled when its vote or request row carries its
/// change id, and discarded, uncounted, once it is older than a grace period without one (its
/// row write never landed or lost a race). Settling is exactly-once whoever does it, so every
/// instance may run this at once; no lease is needed.
/// </summary>
public sealed class CountRepair(ICountIntentStore intents, IVoteStore votes, IFeedbackRequestStore requests, AggregateCounter counter, TimeProvider time)
{
    /// <summary>One pass over at most <paramref name="max"/> intents older than <paramref name="minAge"/>.</summary>
    /// <param name="grace">How long a row write may still land after its intent was stored: longer than any store call with its retries.</param>
    public async Task<CountRepairResult> RunAsync(TimeSpan minAge, TimeSpan grace, int max, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var settled = 0;
        var discarded = 0;
        var waiting = 0;
        foreach (var intent in await intents.ListCreatedBeforeAsync(now - minAge, max, ct).ConfigureAwait(false))
        {
            if (await CarriedAsync(intent.Value, ct).ConfigureAwait(false))
            {
                settled += await counter.SettleAsync(intent, ct).ConfigureAwait(false) ? 1 : 0;
            }
            else if (intent.Value.CreatedAt < now - grace)
            {
                discarded += await intents.TryDiscardAsync(intent, ct).ConfigureAwait(false) ? 1 : 0;
            }
            else
            {
                waiting++;
            }
        }

        return new CountRepairResult(settled, discarded, waiting);
    }

    /// <summary>Whether the intent's row was written with its change (in the intent's week).</summary>
    private async Task<bool> CarriedAsync(CountIntent intent, CancellationToken ct)
    {
        if (intent.Kind == CountIntentKind.Request)
        {
            var request = (await requests.FindAsync(intent.Tenant, intent.InteractionId, ct).ConfigureAwait(false))?.Value;
            return request?.ChangeId == intent.ChangeId && request.Week == intent.Week;
        }

        var vote = (await votes.FindAsync(intent.Tenant, intent.Week, intent.InteractionId, ct).ConfigureAwait(false))?.Value;
        return vote?.ChangeId == intent.ChangeId;
    }
}

/// <summary>What one <see cref="CountRepair"/> pass did: intents counted, intents dropped uncounted, and intents still inside their grace period.</summary>
public sealed record CountRepairResult(int Settled, int Discarded, int Waiting);
