using FeedbackBot.Channels.BotFramework.Proactive;
using FeedbackBot.Conversations.Proactive;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>Registers the embedded Direct Line channel (needs the Bot Framework channel and a transcript store).</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The CORS policy of <c>/v3/directline</c>: a page on another origin may call it (PROTOCOLS.md 5.2).</summary>
    public const string CorsPolicy = "directline";

    public static IServiceCollection AddEmbeddedDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton<DirectLineKeys>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineTranscript>();
        services.AddSingleton<IProactiveConversations, WebChatProactiveConversations>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy<string, ActivityPostRateLimitPolicy>(DirectLineRateLimits.ActivityPosts);
            options.AddPolicy<string, ConversationStartRateLimitPolicy>(DirectLineRateLimits.ConversationStarts);
        });

        // Bearer tokens, no cookies: any origin may call, and no credentials mode is needed.
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
            .WithExposedHeaders("Retry-After")));
        return services;
    }
}
