namespace FeedbackBot.Channels.Http;

/// <summary>
/// Reads how long a peer (the Bot Connector, Slack) asked us to wait: <c>Retry-After</c> as delta seconds or as an
/// HTTP date (RFC 9110 10.2.3), capped so a hostile or buggy value cannot park a call for hours.
/// </summary>
public static class RetryAfterDelay
{
    /// <returns>The wait, or <c>null</c> when the response names none (backoff applies).</returns>
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now, TimeSpan cap)
    {
        TimeSpan? requested = response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };

        if (requested is not { } wait)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }
}
