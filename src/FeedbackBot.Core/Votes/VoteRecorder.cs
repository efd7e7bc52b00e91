namespace FeedbackBot.Core.Votes;

/// <summary>
/// Records votes under the rules: only on a request that was asked and has not expired, one vote
/// per interaction (a re-vote replaces it), and the week's aggregate moved by exactly the
/// difference. The vote row is written conditionally on the version read, so two re-votes racing
/// on different instances both land in order. Counting goes through a <see cref="CountIntent"/>
/// stored before the row (see <see cref="AggregateCounter"/>): once intent and row are stored the
/// vote is accepted, and a failure to count it afterwards is repaired, never lost or doubled.
/// </summary>
public sealed class VoteRecorder(IFeedbackRequestStore requests, IVoteStore votes, AggregateCounter counter, TimeProvider time)
{
    /// <summary>Conflicting writes of the same interaction's vote retried before giving up.</summary>
    public const int MaxAttempts = 20;

    /// <summary>Stores a vote (replacing an earlier one) and counts it.</summary>
    public async Task<VoteOutcome> RecordAsync(VoteInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (status, request) = await OpenRequestAsync(input.Tenant, input.InteractionId, ct).ConfigureAwait(false);
        if (status != VoteStatus.Accepted)
        {
            return new VoteOutcome(status, Request: request);
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await votes.FindAsync(request!.Tenant, request.Week, request.InteractionId, ct).ConfigureAwait(false);
            var prior = existing?.Value;
            var sameVerdict = prior?.Verdict == input.Verdict;
            var vote = new Vote
            {
                Tenant = request.Tenant,
                Week = request.Week,
                InteractionId = request.InteractionId,
                RequestId = request.RequestId,
                Verdict = input.Verdict,

                // A changed mind makes the old why meaningless; the same verdict again keeps it.
                Comment = input.Comment ?? (sameVerdict ? prior!.Comment : null),
                ElementId = input.ElementId ?? (sameVerdict ? prior!.ElementId : null),
                AgentId = request.Agent.Id,
                AgentName = request.Agent.Name,
                Team = request.Team,
                CustomerId = request.Customer.Id.Length == 0 ? null : request.Customer.Id,
                Via = input.Via,
                VotedAt = time.GetUtcNow(),
                FollowUpBy = sameVerdict ? prior!.FollowUpBy : null,
                FollowUpAt = sameVerdict ? prior!.FollowUpAt : null,
            };

            if (await WriteCountedAsync(existing, vote, ct).ConfigureAwait(false) is { } written)
            {
                var unmarked = await DeferredWork.TryAsync(() => MarkAnsweredAsync(request, ct), ct).ConfigureAwait(false);
                return new VoteOutcome(VoteStatus.Accepted, written.Vote, request, Replaced: prior is not null, written.Failure ?? unmarked);
            }
        }

        throw new VoteConflictException(input.InteractionId);
    }

    /// <summary>Adds why to the interaction's vote: a comment and/or the service element it concerned (<c>null</c> leaves a part unchanged).</summary>
    public async Task<VoteOutcome> AddDetailsAsync(string tenant, string interactionId, string? comment, string? elementId, CancellationToken ct)
    {
        var (status, request) = await OpenRequestAsync(tenant, interactionId, ct).ConfigureAwait(false);
        if (status != VoteStatus.Accepted)
        {
            return new VoteOutcome(status, Request: request);
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await votes.FindAsync(tenant, request!.Week, interactionId, ct).ConfigureAwait(false) is not { } existing)
            {
                return new VoteOutcome(VoteStatus.NoVote, Request: request);
            }

            var vote = existing.Value with
            {
                Comment = comment ?? existing.Value.Comment,
                ElementId = elementId ?? existing.Value.ElementId,
            };
            if (await WriteCountedAsync(existing, vote, ct).ConfigureAwait(false) is { } written)
            {
                return new VoteOutcome(VoteStatus.Accepted, written.Vote, request, Replaced: true, written.Failure);
            }
        }

        throw new VoteConflictException(interactionId);
    }

    /// <summary>
    /// Records that <paramref name="staffId"/> follows up a MISS. The first taker keeps it; the
    /// outcome's vote names whoever holds it. Follow-ups are taken after expiry too.
    /// </summary>
    public async Task<VoteOutcome> TakeFollowUpAsync(string tenant, string interactionId, string staffId, CancellationToken ct)
    {
        if (await requests.FindAsync(tenant, interactionId, ct).ConfigureAwait(false) is not { } found)
        {
            return new VoteOutcome(VoteStatus.NotFound);
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await votes.FindAsync(tenant, found.Value.Week, interactionId, ct).ConfigureAwait(false) is not { } existing)
            {
                return new VoteOutcome(VoteStatus.NoVote, Request: found.Value);
            }

            if (existing.Value.FollowUpBy is not null)
            {
                return new VoteOutcome(VoteStatus.Accepted, existing.Value, found.Value);
            }

            var vote = existing.Value with { FollowUpBy = staffId, FollowUpAt = time.GetUtcNow() };
            if (await votes.TryWriteAsync(vote, existing.Version, ct).ConfigureAwait(false))
            {
                return new VoteOutcome(VoteStatus.Accepted, vote, found.Value, Replaced: true);
            }
        }

        throw new VoteConflictException(interactionId);
    }

    private async Task<(VoteStatus Status, FeedbackRequest? Request)> OpenRequestAsync(string tenant, string interactionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(interactionId);
        var found = await requests.FindAsync(tenant, interactionId, ct).ConfigureAwait(false);
        if (found is null || !found.Value.Asked)
        {
            return (VoteStatus.NotFound, found?.Value);
        }

        return time.GetUtcNow() >= found.Value.ExpiresAt ? (VoteStatus.Expired, found.Value) : (VoteStatus.Accepted, found.Value);
    }

    /// <summary>
    /// Replaces <paramref name="existing"/> (<c>null</c>: none) with <paramref name="next"/> and
    /// counts the difference: settle the stored vote's own pending change first, store the intent,
    /// write the row carrying its change id, settle. Returns <c>null</c> when another writer changed
    /// the row first (read again and retry), else the stored vote and what failed after it was stored.
    /// </summary>
    private async Task<(Vote Vote, Exception? Failure)?> WriteCountedAsync(Versioned<Vote>? existing, Vote next, CancellationToken ct)
    {
        var prior = existing?.Value;
        if (prior is not null)
        {
            // Counted in order: the change we are about to count out must be in the aggregate.
            await counter.SettlePendingAsync(prior.Tenant, prior.Week, prior.ChangeId, ct).ConfigureAwait(false);
        }

        var before = prior is null ? null : CountedVote.Of(prior);
        var after = CountedVote.Of(next);
        if (before is not null && before.CountsLike(after))
        {
            var uncounted = next with { ChangeId = prior!.ChangeId };
            return await votes.TryWriteAsync(uncounted, existing!.Version, ct).ConfigureAwait(false) ? (uncounted, null) : null;
        }

        var intent = await counter.PlanAsync(
            new CountIntent
            {
                Tenant = next.Tenant,
                Week = next.Week,
                ChangeId = Guid.NewGuid().ToString("N"),
                InteractionId = next.InteractionId,
                Kind = CountIntentKind.Vote,
                Before = before,
                After = after,
                CreatedAt = time.GetUtcNow(),
            },
            ct).ConfigureAwait(false);
        var vote = next with { ChangeId = intent.Value.ChangeId };
        if (!await votes.TryWriteAsync(vote, existing?.Version, ct).ConfigureAwait(false)
            && (await votes.FindAsync(vote.Tenant, vote.Week, vote.InteractionId, ct).ConfigureAwait(false))?.Value.ChangeId != vote.ChangeId)
        {
            // (A "conflict" on a row that carries our change id is our own write whose response was
            // lost and whose retry met itself: it landed.)
            await counter.DiscardAsync(intent, ct).ConfigureAwait(false);
            return null;
        }

        return (vote, await DeferredWork.TryAsync(() => counter.SettleAsync(intent, ct), ct).ConfigureAwait(false));
    }

    /// <summary>Best effort: the reminder job also checks for a vote, so a lost race here costs nothing.</summary>
    private async Task MarkAnsweredAsync(FeedbackRequest request, CancellationToken ct)
    {
        if (request.AnsweredAt is not null || await requests.FindAsync(request.Tenant, request.InteractionId, ct).ConfigureAwait(false) is not { } fresh)
        {
            return;
        }

        await requests.TryUpdateAsync(fresh.Value with { AnsweredAt = time.GetUtcNow() }, fresh.Version, ct).ConfigureAwait(false);
    }
}

/// <summary>Other writers changed the same interaction's vote on every attempt.</summary>
public sealed class VoteConflictException(string interactionId)
    : Exception($"The vote on interaction '{interactionId}' kept changing under every write attempt.");
