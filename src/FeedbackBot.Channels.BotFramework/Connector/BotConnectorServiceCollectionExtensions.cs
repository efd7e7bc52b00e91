using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Connector;

public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> with its token and retry handlers, and
    /// <see cref="IBotTokenProvider"/>. The host configures <c>IOptions&lt;BotFrameworkOptions&gt;</c>;
    /// <see cref="ConnectorResilienceOptions"/> may be configured to change retry timing.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);

        // ChannelService picks the cloud whose endpoints this part uses (registered once however often added).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<BotFrameworkOptions>, GovernmentCloud>());
        services.AddOptions<ConnectorResilienceOptions>().ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<MsalHttpClientFactory>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.TryAddTransient<BotAuthorizationHandler>();

        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>(http =>
        {
            // The resilience pipeline owns the timeouts (per attempt and in total); HttpClient's
            // own 100 s limit would cut a call that is waiting out a Retry-After.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        connector.AddRetryPipeline<ConnectorResilienceOptions>(ConnectorResilience.PipelineName, ConnectorResilience.IsTransient);

        // Added after the resilience handler, so it runs inside it: once per attempt.
        connector.AddHttpMessageHandler<BotAuthorizationHandler>();

        return services;
    }
}
