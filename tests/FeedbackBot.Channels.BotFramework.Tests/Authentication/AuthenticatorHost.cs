using FeedbackBot.Channels.BotFramework.Authentication;
using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Tests.Authentication;

/// <summary>
/// The authenticator as the host wires it (<see cref="BotFrameworkAuthenticationServiceCollectionExtensions.AddBotFrameworkAuthentication"/>),
/// trusting a <see cref="LocalTokenIssuer"/>. Each host has its own metadata cache.
/// </summary>
internal sealed class AuthenticatorHost : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-000000000001";

    private readonly ServiceProvider _services;

    private AuthenticatorHost(ServiceProvider services) => _services = services;

    public IBotFrameworkAuthenticator Authenticator => _services.GetRequiredService<IBotFrameworkAuthenticator>();

    public static AuthenticatorHost Trusting(LocalTokenIssuer issuer, TimeProvider clock, string appId = AppId) =>
        Create(
            new BotFrameworkOptions
            {
                MicrosoftAppId = appId,
                ToBotFromChannelOpenIdMetadataUrl = issuer.ChannelOpenIdMetadataUrl,
                ToBotFromChannelTokenIssuer = LocalTokenIssuer.ChannelIssuer,
                ToBotFromEmulatorOpenIdMetadataUrl = issuer.EmulatorOpenIdMetadataUrl,
            },
            clock);

    public static AuthenticatorHost Create(BotFrameworkOptions options, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton(Options.Create(options));
        services.AddBotFrameworkAuthentication();
        return new AuthenticatorHost(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
