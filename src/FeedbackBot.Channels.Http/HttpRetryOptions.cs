namespace FeedbackBot.Channels.Http;

/// <summary>
/// Retry and timeout settings for one kind of outbound call. Each channel derives its own options
/// class (bound from its own section) and sets the defaults its peer's guidance asks for.
/// </summary>
public abstract class HttpRetryOptions
{
    /// <summary>Retries after the first attempt; the total is this plus one.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The median first backoff delay when the peer names none; later ones grow exponentially (tests shrink it).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, whether from backoff or from a <c>Retry-After</c> header.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a call may take across all its attempts and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
