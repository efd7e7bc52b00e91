using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// The cached OpenID metadata, keys and endorsements of one metadata URL. Keys may be added at any
/// time and every instance must refresh at least once every 24 hours (PROTOCOLS.md 2.2, "Caching");
/// a token naming an unknown <c>kid</c> forces one early refresh, at most once per
/// <see cref="UnknownKeyRefreshInterval"/> so forged <c>kid</c>s cannot make us hammer the issuer.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    /// <summary>Plus the manager's jitter (up to 1/20 of it) this stays well inside the 24-hour rule.</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>Keys older than this are never used (PROTOCOLS.md 2.2: refresh at least once every 24 hours).</summary>
    public static readonly TimeSpan MaximumKeyAge = TimeSpan.FromHours(24);

    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>How long a request waits for a forced refresh before judging the token with the keys it has.</summary>
    private static readonly TimeSpan RefreshWaitLimit = TimeSpan.FromSeconds(30);

    private readonly EndorsedConfigurationRetriever _retriever;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _timeProvider;
    private long _lastForcedRefreshTicks = long.MinValue;
    private Task<EndorsedOpenIdConfiguration?> _forcedRefresh = Task.FromResult<EndorsedOpenIdConfiguration?>(null);

    public OpenIdMetadataSource(string metadataUrl, IDocumentRetriever documents, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _retriever = new EndorsedConfigurationRetriever(timeProvider);
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, _retriever, documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = UnknownKeyRefreshInterval,
        };
    }

    /// <summary>The cached configuration, fetched on first use, never older than <see cref="MaximumKeyAge"/> if the issuer answers.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be fetched and nothing is cached.</exception>
    public async Task<EndorsedOpenIdConfiguration> GetAsync(CancellationToken ct)
    {
        var configuration = await GetCachedAsync(ct).ConfigureAwait(false);

        // After an idle spell the manager hands out its old copy while it refreshes in the background;
        // past the 24-hour limit that copy must not judge a token, so wait for the refresh instead.
        return _timeProvider.GetUtcNow() - configuration.RetrievedAt < MaximumKeyAge
            ? configuration
            : await RefreshAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Asks the manager for a refresh (<see cref="ConfigurationManager{T}.RequestRefresh"/>) and waits for
    /// it; requests arriving while one is under way wait for the same one. Returns what is cached when
    /// a refresh was made too recently or did not finish in time.
    /// </summary>
    public async Task<EndorsedOpenIdConfiguration> RefreshAsync(CancellationToken ct)
    {
        var refresh = TryStartForcedRefresh() ?? Volatile.Read(ref _forcedRefresh);
        if (!refresh.IsCompleted)
        {
            try
            {
                if (await refresh.WaitAsync(RefreshWaitLimit, _timeProvider, ct).ConfigureAwait(false) is { } fresh)
                {
                    // The manager installs this very object once the retriever returns; use it now rather than race that.
                    return fresh;
                }
            }
            catch (TimeoutException)
            {
                // Judge the token with the keys we have: a slow issuer must not hold requests open.
            }
        }

        return await GetCachedAsync(ct).ConfigureAwait(false);
    }

    private async Task<EndorsedOpenIdConfiguration> GetCachedAsync(CancellationToken ct) =>
        (EndorsedOpenIdConfiguration)await _manager.GetConfigurationAsync(ct).ConfigureAwait(false);

    private Task<EndorsedOpenIdConfiguration?>? TryStartForcedRefresh()
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastForcedRefreshTicks);
        if (last != long.MinValue && now - last < UnknownKeyRefreshInterval.Ticks)
        {
            return null;
        }

        if (Interlocked.CompareExchange(ref _lastForcedRefreshTicks, now, last) != last)
        {
            return null;
        }

        var next = _retriever.NextRetrieval;
        Volatile.Write(ref _forcedRefresh, next);
        _manager.RequestRefresh();
        return next;
    }
}
