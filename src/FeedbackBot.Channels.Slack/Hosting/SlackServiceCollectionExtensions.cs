using FeedbackBot.Channels.Http;
using FeedbackBot.Channels.Slack.Commands;
using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Forms;
using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Proactive;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Verification;
using FeedbackBot.Channels.Slack.WebApi;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Core.Slack;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Hosting;

/// <summary>Registers the Slack channel: options, verification, Web API client, work queue and workers.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> from <c>Slack</c> and validates them at start-up (a
    /// half-configured app stops the host). The rest is registered only when a Slack app is
    /// configured, so a bot without Slack runs no Slack workers. The host provides the
    /// <c>ConversationEngine</c>, an <c>ISlackEventDedupe</c> and an <c>ISlackWorkJournal</c> store,
    /// and runs <see cref="SlackWorkTakeover"/> periodically.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        var configured = configuration.GetSection(SlackOptions.SectionName).Get<SlackOptions>()?.IsConfigured ?? false;
        if (!configured)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackResilienceOptions>().BindConfiguration(SlackResilienceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient<ISlackWebApi, SlackWebApiClient>((provider, http) =>
            {
                var apiBase = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                http.BaseAddress = new Uri(apiBase.EndsWith('/') ? apiBase : apiBase + "/");

                // The resilience pipeline owns the timeouts; HttpClient's own 100 s would cut a Retry-After wait.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddRetryPipeline<SlackResilienceOptions>(SlackResilience.WebApiPipeline, SlackResilience.IsTransient);
        // A response_url is a credential for 30 minutes (anyone holding it can post into the
        // conversation), so the client's request logging, which writes URLs, is switched off.
        services.AddHttpClient<IResponseUrlClient, ResponseUrlClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddRetryPipeline<SlackResilienceOptions>(SlackResilience.ResponseUrlPipeline, SlackResilience.IsTransient);

        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<SlackWorkQueue>();
        services.TryAddSingleton<SlackUserLocales>();
        services.TryAddSingleton<SlackReplySinkFactory>();
        services.TryAddSingleton<SlackWorkProcessor>();
        services.TryAddSingleton<SlackWorkInstance>();
        services.TryAddSingleton<SlackWorkAcceptor>();
        services.TryAddSingleton<SlackWorkRunner>();
        services.TryAddSingleton(provider => new SlackWorkTakeover(
            provider.GetRequiredService<ISlackWorkJournal>(),
            provider.GetRequiredService<ISlackEventDedupe>(),
            provider.GetRequiredService<SlackWorkRunner>(),
            provider.GetRequiredService<SlackWorkInstance>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<SlackOptions>>(),
            provider.GetRequiredService<IMeterFactory>(),
            provider.GetRequiredService<ILogger<SlackWorkTakeover>>()));
        services.TryAddSingleton<RegisteredDialogCommands>();
        services.TryAddSingleton<SlashCommandHandler>();
        services.TryAddSingleton<ModalSubmissions>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton<SlackEventHandler>();
        services.AddSingleton<IProactiveConversations, SlackProactiveConversations>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SlackWorker>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProactiveChannel, SlackProactiveChannel>());
        return services;
    }
}
