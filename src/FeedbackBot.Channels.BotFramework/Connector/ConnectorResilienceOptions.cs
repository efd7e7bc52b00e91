using FeedbackBot.Channels.Http;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Retry and timeout settings for Connector calls, following the Teams rate-limit guidance
/// (PROTOCOLS.md 3.5): exponential backoff with jitter, waiting for <c>Retry-After</c>.
/// </summary>
/// <remarks>
/// A turn's replies are sent while the channel waits for the turn (PROTOCOLS.md 8.4: about 15 s is
/// commonly quoted), and a reply that is given up on leaves the user in silence with the dialog
/// already moved on. So the budget is sized in time, not in attempts: six retries, backoff capped
/// at 8 s, 20 s in all. Polly's jittered exponential backoff sums (it telescopes) to between
/// 2^k·tanh(2√k)/1.4 and 2^(k+1)·tanh(2√(k+1))/1.4 base delays after retry k+1: the first five
/// retries wait at least about 10 s. The former three retries waited 2.8 to 5.7 s in all, less than
/// a six-second Connector outage, which is how the scale-out fault run lost replies
/// (docs/reliability.md, "Faults as separate processes").
/// </remarks>
public sealed class ConnectorResilienceOptions : HttpRetryOptions
{
    public ConnectorResilienceOptions()
    {
        MaxRetryAttempts = 6;
        MaxDelay = TimeSpan.FromSeconds(8);
        AttemptTimeout = TimeSpan.FromSeconds(10);
        TotalTimeout = TimeSpan.FromSeconds(20);
    }
}
