using System.ComponentModel.DataAnnotations;

namespace FeedbackBot.Channels.Http;

/// <summary>
/// Retry and timeout settings for one kind of outbound call. Each channel derives its own options
/// class (bound from its own section) and sets the defaults its peer's guidance asks for. The
/// ranges are checked at start-up, so a bad value stops the host instead of every outbound call.
/// </summary>
public abstract class HttpRetryOptions
{
    /// <summary>Retries after the first attempt; the total is this plus one.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The median first backoff delay when the peer names none; later ones grow exponentially (tests shrink it).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, whether from backoff or from a <c>Retry-After</c> header.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it counts as a transient failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a call may take across all its attempts and waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
