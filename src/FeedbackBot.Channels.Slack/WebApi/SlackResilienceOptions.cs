namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// Retry and timeout settings for Web API and <c>response_url</c> calls, bound from
/// <c>Slack:Resilience</c>. Slack's only meaningful HTTP status is 429 with <c>Retry-After</c>
/// (PROTOCOLS.md 6.7, 6.9): a few bounded retries honour it.
/// </summary>
public sealed class SlackResilienceOptions
{
    public const string SectionName = "Slack:Resilience";

    /// <summary>Retries after the first attempt; the total is this plus one.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The median first backoff delay when Slack names none; later ones grow exponentially.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, whether from backoff or from a <c>Retry-After</c> header.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a call may take across all its attempts and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
