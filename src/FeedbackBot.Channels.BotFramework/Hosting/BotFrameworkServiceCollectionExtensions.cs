using FeedbackBot.Channels.BotFramework.Authentication;
using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Proactive;
using FeedbackBot.Channels.BotFramework.Processing;
using FeedbackBot.Conversations.Proactive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Hosting;

/// <summary>Registers the Bot Framework channel: identity, inbound auth, Connector client, processing.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotFrameworkOptions"/> from the configuration root, where the SDK keeps its
    /// keys (<c>MicrosoftAppId</c>, …), and validates them at start-up.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddHostedService<LocalModeWarning>();
        services.AddBotFrameworkAuthentication();
        services.AddBotConnector();
        services.AddSingleton<ActivityProcessor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProactiveChannel, BotFrameworkProactiveChannel>());
        services.AddSingleton<IProactiveConversations, TeamsProactiveConversations>();
        return services;
    }
}
