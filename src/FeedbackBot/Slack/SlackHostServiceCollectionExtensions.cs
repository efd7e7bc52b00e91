using FeedbackBot.Channels.Slack.Configuration;

namespace FeedbackBot.Slack;

/// <summary>The host's part of the Slack channel: the periodic take-over of journaled work.</summary>
public static class SlackHostServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SlackWorkTakeoverJob"/> when a Slack app is configured (after <c>AddSlackChannel</c>).</summary>
    public static IServiceCollection AddSlackWorkTakeover(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetSection(SlackOptions.SectionName).Get<SlackOptions>()?.IsConfigured ?? false)
        {
            services.AddHostedService<SlackWorkTakeoverJob>();
        }

        return services;
    }
}
