using FeedbackBot.Channels.Http;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Retry and timeout settings for Connector calls. The defaults follow the Teams rate-limit
/// guidance (PROTOCOLS.md 3.5): a few retries with exponential backoff and jitter, 30 s an
/// attempt, 3 minutes a call.
/// </summary>
public sealed class ConnectorResilienceOptions : HttpRetryOptions;
