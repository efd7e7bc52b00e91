namespace FeedbackBot.Core.Votes;

/// <summary>
/// The question in chat of a request whose customer the bot can reach there, recorded on the
/// request row so that a retried request (a 503 after the row was stored, an instance that died
/// before it messaged the customer) still asks them, and two instances never ask twice. Sending
/// needs a claim (an optimistic-concurrency write of <see cref="ClaimId"/>); a claim that is older
/// than <see cref="ChatQuestions.ClaimLifetime"/> belonged to an instance that died and may be taken over.
/// </summary>
public sealed record ChatQuestion
{
    /// <summary>When the question reached the customer; <c>null</c> while it has not.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The sending under way (unique per attempt); <c>null</c> when none is.</summary>
    public string? ClaimId { get; init; }

    /// <summary>When <see cref="ClaimId"/> was written.</summary>
    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>Attempts that could not reach the customer; each released its claim, so the next retry tries again.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>Whether an attempt still holds the question at <paramref name="now"/> (another may not send).</summary>
    public bool IsClaimedAt(DateTimeOffset now) => ClaimId is not null && ClaimedAt is { } claimed && now - claimed < ChatQuestions.ClaimLifetime;
}
