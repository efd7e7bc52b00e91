using FeedbackBot.Channels.BotFramework.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Authentication;

public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBotFrameworkAuthenticator"/> with its metadata cache and HTTP client.
    /// Expects <c>IOptions&lt;BotFrameworkOptions&gt;</c> from the host; adds <see cref="TimeProvider.System"/>
    /// unless a <see cref="TimeProvider"/> is already registered.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        // ChannelService picks the cloud whose endpoints this part uses (registered once however often added).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<BotFrameworkOptions>, GovernmentCloud>());
        services.AddHttpClient(LoopbackAwareDocumentRetriever.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<IBotFrameworkAuthenticator, BotFrameworkAuthenticator>();
        return services;
    }
}
