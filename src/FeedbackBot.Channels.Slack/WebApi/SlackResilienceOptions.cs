using FeedbackBot.Channels.Http;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// Retry and timeout settings for Web API and <c>response_url</c> calls, bound from
/// <c>Slack:Resilience</c>. Slack's only meaningful HTTP status is 429 with <c>Retry-After</c>
/// (PROTOCOLS.md 6.7, 6.9): bounded retries honour it. Slack answers fast or not at all, so
/// an attempt gets 10 s and a call 2 minutes.
/// </summary>
/// <remarks>
/// Replies go out after Slack has its acknowledgement, so nobody waits on the call, but a reply
/// given up leaves the user in silence with their dialog already moved on. So, as for the Bot
/// Connector (<c>ConnectorResilienceOptions</c>), the budget is sized in time: six retries with
/// backoff capped at 8 s wait at least about 10 s over the first five. The former three retries
/// waited 2.8 to 5.7 s in all, less than the scale-out fault run's six-second outage.
/// </remarks>
public sealed class SlackResilienceOptions : HttpRetryOptions
{
    public const string SectionName = "Slack:Resilience";

    public SlackResilienceOptions()
    {
        MaxRetryAttempts = 6;
        MaxDelay = TimeSpan.FromSeconds(8);
        AttemptTimeout = TimeSpan.FromSeconds(10);
        TotalTimeout = TimeSpan.FromMinutes(2);
    }
}
