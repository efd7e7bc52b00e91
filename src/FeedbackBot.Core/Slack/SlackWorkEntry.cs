namespace FeedbackBot.Core.Slack;

/// <summary>
/// One piece of Slack work the bot acknowledged (HTTP 200 within Slack's 3 seconds), as the
/// <see cref="ISlackWorkJournal"/> keeps it until it has run. Slack never redelivers what it got
/// a 200 for, so this row is the only copy of the work once the accepting instance dies.
/// </summary>
/// <param name="WorkId">Unique per piece of work. An Events API delivery uses a key derived from its team and <c>event_id</c>, so a retry meets the entry of the first delivery.</param>
/// <param name="Payload">The work itself, serialized by the Slack channel (opaque to the store).</param>
/// <param name="Owner">The instance holding the lease (its process instance id).</param>
/// <param name="LeaseExpiresAt">Until when <paramref name="Owner"/> holds it; afterwards any instance may take it over.</param>
/// <param name="Attempts">How many times a worker started it. 0: it never ran, so running it cannot double anything.</param>
/// <param name="AcceptedAt">When Slack's request was acknowledged.</param>
/// <param name="Version">The store's concurrency token (ETag or random token) of this state; every change is guarded by it.</param>
public sealed record SlackWorkEntry(
    string WorkId,
    string Payload,
    string Owner,
    DateTimeOffset LeaseExpiresAt,
    int Attempts,
    DateTimeOffset AcceptedAt,
    string Version = "")
{
    /// <summary>True when the lease has run out at <paramref name="now"/>.</summary>
    public bool LeaseLapsed(DateTimeOffset now) => LeaseExpiresAt <= now;
}
