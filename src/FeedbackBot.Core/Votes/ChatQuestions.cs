namespace FeedbackBot.Core.Votes;

/// <summary>
/// Decides who asks a request's customer in chat, across instances sharing one store: a sender
/// claims the question on the request row with a conditional write, then records it sent or
/// releases it when the customer could not be reached. Every write re-reads the row and keeps what
/// other writers changed (a vote's <see cref="FeedbackRequest.AnsweredAt"/>, a reminder).
/// </summary>
public sealed class ChatQuestions(IFeedbackRequestStore requests, TimeProvider time)
{
    /// <summary>
    /// How long a claim keeps others from sending. Longer than a delivery may take (the sender
    /// gives up on the chat after <see cref="DeliveryTimeout"/>), so only a claim whose sender died
    /// outlives it.
    /// </summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The longest a sender spends delivering the question before it counts as failed.</summary>
    public static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(2);

    private const int MaxAttempts = 5;

    /// <summary>Claims the question of <paramref name="request"/>'s interaction for one send, or says why not.</summary>
    public async Task<ChatQuestionClaim> ClaimAsync(FeedbackRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await requests.FindAsync(request.Tenant, request.InteractionId, ct).ConfigureAwait(false) is not { } found)
            {
                return new ChatQuestionClaim(ChatQuestionStatus.NotDue, request);
            }

            var now = time.GetUtcNow();
            var current = found.Value;
            if (current.ChatQuestion is not { } question || !current.IsOpenAt(now) || current.AnsweredAt is not null)
            {
                return new ChatQuestionClaim(ChatQuestionStatus.NotDue, current);
            }

            if (question.SentAt is not null)
            {
                return new ChatQuestionClaim(ChatQuestionStatus.Sent, current);
            }

            if (question.IsClaimedAt(now))
            {
                return new ChatQuestionClaim(ChatQuestionStatus.Sending, current);
            }

            var claimId = Guid.NewGuid().ToString("N");
            var claimed = current with { ChatQuestion = question with { ClaimId = claimId, ClaimedAt = now } };
            if (await requests.TryUpdateAsync(claimed, found.Version, ct).ConfigureAwait(false))
            {
                return new ChatQuestionClaim(ChatQuestionStatus.Claimed, claimed, claimId);
            }
        }

        // Other writers changed the row every time; whoever did may be sending it.
        return new ChatQuestionClaim(ChatQuestionStatus.Sending, request);
    }

    /// <summary>Records that the claimed question reached the customer; <c>false</c> when the claim was lost meanwhile.</summary>
    public Task<bool> RecordSentAsync(ChatQuestionClaim claim, CancellationToken ct) =>
        UpdateClaimedAsync(claim, question => question with { SentAt = time.GetUtcNow(), ClaimId = null, ClaimedAt = null }, ct);

    /// <summary>
    /// <see cref="RecordSentAsync"/> for a sender whose customer has the question already: a store
    /// failure is handed back to log, not thrown (the claim then expires; see <see cref="ClaimLifetime"/>).
    /// </summary>
    public Task<Exception?> TryRecordSentAsync(ChatQuestionClaim claim, CancellationToken ct) =>
        DeferredWork.TryAsync(() => RecordSentAsync(claim, ct), ct);

    /// <summary><see cref="ReleaseAsync"/> that hands a store failure back to log (the claim then expires).</summary>
    public Task<Exception?> TryReleaseAsync(ChatQuestionClaim claim, CancellationToken ct) =>
        DeferredWork.TryAsync(() => ReleaseAsync(claim, ct), ct);

    /// <summary>Gives the question back after the customer could not be reached, so the next retry tries again.</summary>
    public Task<bool> ReleaseAsync(ChatQuestionClaim claim, CancellationToken ct) =>
        UpdateClaimedAsync(claim, question => question with { ClaimId = null, ClaimedAt = null, FailedAttempts = question.FailedAttempts + 1 }, ct);

    private async Task<bool> UpdateClaimedAsync(ChatQuestionClaim claim, Func<ChatQuestion, ChatQuestion> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.ClaimId is null)
        {
            throw new InvalidOperationException("Only a claimed question can be recorded or released.");
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await requests.FindAsync(claim.Request.Tenant, claim.Request.InteractionId, ct).ConfigureAwait(false) is not { } found
                || found.Value.ChatQuestion is not { } question
                || question.ClaimId != claim.ClaimId)
            {
                return false;
            }

            if (await requests.TryUpdateAsync(found.Value with { ChatQuestion = change(question) }, found.Version, ct).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What <see cref="ChatQuestions.ClaimAsync"/> found.</summary>
public enum ChatQuestionStatus
{
    /// <summary>This caller may send the question now, and must record or release it.</summary>
    Claimed,

    /// <summary>The question reached the customer already.</summary>
    Sent,

    /// <summary>Another caller holds the question (sending it now).</summary>
    Sending,

    /// <summary>Nothing to send: not asked, only the link reaches the customer, answered, expired, or stored before questions were recorded.</summary>
    NotDue,
}

/// <summary>The outcome of a claim, the request as last read, and the claim's id when <see cref="ChatQuestionStatus.Claimed"/>.</summary>
public sealed record ChatQuestionClaim(ChatQuestionStatus Status, FeedbackRequest Request, string? ClaimId = null);
