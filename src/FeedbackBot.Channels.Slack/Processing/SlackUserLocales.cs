using System.Collections.Concurrent;
using FeedbackBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// The Slack user's locale, from <c>users.info</c> with <c>include_locale</c> (PROTOCOLS.md 6.8):
/// Slack payloads don't carry it. Remembered for a while per user so a conversation costs one
/// lookup, not one per turn; this is a cache only, and any instance can rebuild it. Failures
/// (no <c>users:read</c> scope, Slack down) mean English, never a failed turn.
/// </summary>
internal sealed partial class SlackUserLocales(ISlackWebApi api, TimeProvider time, ILogger<SlackUserLocales> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string Team, string User), (string? Locale, DateTimeOffset Expires)> cache = new();

    /// <summary>The remembered locale, without any I/O: for texts that must go into the acknowledgement.</summary>
    public string? Cached(string teamId, string userId) =>
        cache.TryGetValue((teamId, userId), out var entry) && entry.Expires > time.GetUtcNow() ? entry.Locale : null;

    public async Task<string?> GetAsync(string teamId, string userId, CancellationToken ct)
    {
        if (cache.TryGetValue((teamId, userId), out var entry) && entry.Expires > time.GetUtcNow())
        {
            return entry.Locale;
        }

        string? locale = null;
        try
        {
            locale = await api.GetUserLocaleAsync(userId, ct);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TimeoutRejectedException)
        {
            LogLookupFailed(logger, ex);
        }

        if (cache.Count >= MaxEntries)
        {
            cache.Clear();
        }

        cache[(teamId, userId)] = (locale, time.GetUtcNow() + Lifetime);
        return locale;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack users.info failed; replying in English")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception);
}
