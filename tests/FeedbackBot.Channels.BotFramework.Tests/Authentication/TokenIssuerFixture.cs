using FeedbackBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Channels.BotFramework.Tests.Authentication;

/// <summary>
/// One <see cref="LocalTokenIssuer"/> per test class, on a fake clock far from the real date: a
/// lifetime check that read the system clock instead of the injected one would refuse every token.
/// </summary>
public sealed class TokenIssuerFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2031, 3, 4, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public LocalTokenIssuer Issuer { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Issuer = await LocalTokenIssuer.StartAsync(Clock, ct: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await Issuer.DisposeAsync();
}
