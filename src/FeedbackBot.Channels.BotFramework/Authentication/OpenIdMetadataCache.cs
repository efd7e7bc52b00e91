using System.Collections.Concurrent;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// One <see cref="OpenIdMetadataSource"/> per metadata URL for the life of the app (a singleton, not
/// static state), so every request shares the cached keys and their refresh schedule.
/// </summary>
internal sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, OpenIdMetadataSource> _sources = new(StringComparer.Ordinal);

    public OpenIdMetadataSource For(string metadataUrl) =>
        _sources.GetOrAdd(
            metadataUrl,
            url => new OpenIdMetadataSource(url, new LoopbackAwareDocumentRetriever(httpClientFactory), timeProvider));
}
