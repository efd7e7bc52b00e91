using FeedbackBot.Channels.Http;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// Retry and timeout settings for Web API and <c>response_url</c> calls, bound from
/// <c>Slack:Resilience</c>. Slack's only meaningful HTTP status is 429 with <c>Retry-After</c>
/// (PROTOCOLS.md 6.7, 6.9): a few bounded retries honour it. Slack answers fast or not at all, so
/// an attempt gets 10 s and a call 2 minutes.
/// </summary>
public sealed class SlackResilienceOptions : HttpRetryOptions
{
    public const string SectionName = "Slack:Resilience";

    public SlackResilienceOptions()
    {
        AttemptTimeout = TimeSpan.FromSeconds(10);
        TotalTimeout = TimeSpan.FromMinutes(2);
    }
}
