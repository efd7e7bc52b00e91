namespace FeedbackBot.Core.Slack;

/// <summary>
/// Port that makes a Slack Events API delivery take effect once. Slack retries an event it
/// thinks was not received (up to three times, with <c>X-Slack-Retry-Num</c>) and the retry may
/// reach another instance, so "seen" must be shared storage, not memory.
/// </summary>
/// <remarks>
/// Invariant: of all calls with one (<paramref name="teamId"/>, <paramref name="eventId"/>) pair,
/// on any number of instances, exactly one returns <c>true</c> (insert-if-absent).
/// </remarks>
public interface ISlackEventDedupe
{
    /// <summary>
    /// Claims the event for this caller. Returns <c>true</c> for the first claim and <c>false</c>
    /// for every later one. <paramref name="eventTime"/> is Slack's <c>event_time</c>, which every
    /// retry repeats; stores may use it to group claims by day.
    /// </summary>
    /// <param name="teamId">The workspace the event came from.</param>
    /// <param name="eventId">Slack's <c>event_id</c>, unique per event across retries.</param>
    /// <param name="eventTime">When the event happened, as Slack says.</param>
    /// <param name="ct">Cancels the claim.</param>
    Task<bool> TryClaimAsync(string teamId, string eventId, DateTimeOffset eventTime, CancellationToken ct);
}
