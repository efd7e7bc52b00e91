using FeedbackBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class BotTokenProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetToken_MoreThanFiveMinutesLeft_ReusesToken()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));
        var source = new CountingTokenSource(time, TimeSpan.FromHours(1));
        using var provider = new BotTokenProvider(source, time);
        var first = await provider.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(54));

        var second = await provider.GetTokenAsync(Ct);

        Assert.Equal(first, second);
        Assert.Equal(1, source.Acquisitions);
    }

    [Fact]
    public async Task GetToken_FiveMinutesOrLessLeft_FetchesNewToken()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));
        var source = new CountingTokenSource(time, TimeSpan.FromHours(1));
        using var provider = new BotTokenProvider(source, time);
        var first = await provider.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(55));

        var second = await provider.GetTokenAsync(Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(2, source.Acquisitions);
    }

    [Fact]
    public async Task GetToken_ConcurrentCallersAfterExpiry_RefreshOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));
        var source = new CountingTokenSource(time, TimeSpan.FromHours(1), TimeSpan.FromMilliseconds(50));
        using var provider = new BotTokenProvider(source, time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => provider.GetTokenAsync(Ct), Ct)));

        Assert.Single(tokens.Distinct());
        Assert.Equal(1, source.Acquisitions);
    }

    [Fact]
    public async Task GetToken_NoSource_ReturnsNull()
    {
        using var provider = new BotTokenProvider(source: null, TimeProvider.System);

        var token = await provider.GetTokenAsync(Ct);

        Assert.Null(token);
    }

    private sealed class CountingTokenSource(TimeProvider time, TimeSpan lifetime, TimeSpan? latency = null) : IBotTokenSource
    {
        private int _acquisitions;

        public int Acquisitions => Volatile.Read(ref _acquisitions);

        public async Task<BotAccessToken> AcquireAsync(CancellationToken ct)
        {
            var number = Interlocked.Increment(ref _acquisitions);
            if (latency is { } delay)
            {
                // Real time: keeps the first refresh in flight while the other callers arrive.
                await Task.Delay(delay, ct);
            }

            return new BotAccessToken($"token-{number}", time.GetUtcNow() + lifetime);
        }
    }
}
