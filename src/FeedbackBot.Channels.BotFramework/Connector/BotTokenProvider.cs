using FeedbackBot.Channels.BotFramework.Configuration;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Hands out the bot's token, fetching a new one only when the held one is within five minutes
/// of expiry (teams.ts does the same; PROTOCOLS.md 3.1). One refresh runs at a time, so a burst
/// of replies after expiry costs one token request, not one per reply.
/// </summary>
internal sealed class BotTokenProvider : IBotTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IBotTokenSource? _source;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile BotAccessToken? _current;

    public BotTokenProvider(IOptions<BotFrameworkOptions> options, MsalHttpClientFactory msalHttp, TimeProvider time)
        : this(BotTokenSources.Create(options.Value, msalHttp), time)
    {
    }

    internal BotTokenProvider(IBotTokenSource? source, TimeProvider time)
    {
        _source = source;
        _time = time;
    }

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        if (_source is null)
        {
            return null;
        }

        if (Fresh(_current) is { } token)
        {
            return token.Value;
        }

        await _refresh.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (Fresh(_current) is { } refreshed)
            {
                return refreshed.Value;
            }

            var acquired = await _source.AcquireAsync(ct).ConfigureAwait(false);
            _current = acquired;
            return acquired.Value;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private BotAccessToken? Fresh(BotAccessToken? token) =>
        token is not null && _time.GetUtcNow() < token.ExpiresOn - RefreshMargin ? token : null;
}
