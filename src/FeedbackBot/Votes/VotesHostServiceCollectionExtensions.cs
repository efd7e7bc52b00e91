using System.Globalization;
using System.Security.Cryptography;
using FeedbackBot.Channels.Http;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Votes;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Votes;
using FeedbackBot.RateLimits;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FeedbackBot.Votes;

/// <summary>Wires the votes feature into the host: settings, the survey-link key, listeners, the reminder and count repair jobs, and the endpoints.</summary>
public static partial class VotesHostServiceCollectionExtensions
{
    public const string DefaultPublicBaseUrl = "http://localhost:3978/";

    public static IServiceCollection AddFeedbackVotes(this IServiceCollection services)
    {
        services.AddOptions<FeedbackBotOptions>().BindConfiguration(FeedbackBotOptions.SectionName);
        services.AddOptions<VoteOptions>().BindConfiguration(VoteOptions.SectionName)
            .Validate(o => o.RequestExpiryDays >= 1, "FeedbackBot:Votes:RequestExpiryDays must be at least 1.")
            .Validate(o => o.ReminderAfterDays >= 0 && o.ReminderAfterDays < o.RequestExpiryDays, "FeedbackBot:Votes:ReminderAfterDays must be 0 (off) or less than RequestExpiryDays.")
            .Validate(o => o.AskAtMostEveryDays >= 0, "FeedbackBot:Votes:AskAtMostEveryDays must not be negative.")
            .Validate(o => o.SampleOneIn >= 1, "FeedbackBot:Votes:SampleOneIn must be at least 1.")
            .Validate(o => o.ReminderScanInterval > TimeSpan.Zero, "FeedbackBot:Votes:ReminderScanInterval must be positive.")
            .Validate(o => o.CountRepairInterval > TimeSpan.Zero, "FeedbackBot:Votes:CountRepairInterval must be positive.")
            .Validate(o => o.CountRepairMinAge >= TimeSpan.Zero && o.CountRepairGrace >= o.CountRepairMinAge, "FeedbackBot:Votes:CountRepairGrace must be at least CountRepairMinAge, and neither negative.")
            .Validate(o => o.WebhookUrl is null || !string.IsNullOrEmpty(o.WebhookSecret), "FeedbackBot:Votes:WebhookSecret is required with a WebhookUrl.")
            .Validate(o => string.IsNullOrEmpty(o.LinkSigningKey) || KeyBytes(o.LinkSigningKey) is { Length: >= 32 }, "FeedbackBot:Votes:LinkSigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();

        services.AddSingleton(provider => Rules(
            provider.GetRequiredService<IOptions<VoteOptions>>().Value, provider.GetRequiredService<IOptions<FeedbackBotOptions>>().Value));
        services.AddSingleton(provider => SigningKey(provider));
        services.AddSingleton(provider => new SurveyLinks(PublicBaseUrl(provider), provider.GetRequiredService<SurveyTokens>()));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<VoteOptions>>().Value;
            return new VoteAlertTargets(options.AlertChannels, options.AlertChannelsForEveryTenant, SupportedCultures.Resolve(options.AlertLocale));
        });
        services.AddSingleton<IValidateOptions<VoteOptions>, AlertChannelsValidation>();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<VoteEventInbox>();
        services.AddSingleton<IVoteEvents>(provider => provider.GetRequiredService<VoteEventInbox>());
        services.AddHostedService<VoteEventWorker>();
        services.AddSingleton<IVoteListener, VoteWebhook>();
        services.AddHostedService<FeedbackReminderJob>();
        services.AddSingleton<CountRepairJob>();
        services.AddHostedService(provider => provider.GetRequiredService<CountRepairJob>());
        services.AddHttpClient(VoteWebhook.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(VoteWebhook.HttpClientName, pipeline =>
            {
                // Retry-After is honoured; five tries over about half a minute, then the failure is logged.
                pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 4, Delay = TimeSpan.FromSeconds(1), BackoffType = DelayBackoffType.Exponential, UseJitter = true });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        services.AddVotes();
        return services;
    }

    public static IEndpointRouteBuilder MapFeedbackVotes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/interactions", InteractionsEndpoint.HandleAsync).DisableAntiforgery().WithRequestBodyLimit(InteractionsEndpoint.MaxBodyBytes)
            .RequireRateLimiting(HostRateLimits.Interactions);
        endpoints.MapGet("/feedback/{token}", SurveyLinkEndpoint.HandleAsync).RequireRateLimiting(HostRateLimits.Links);
        return endpoints;
    }

    private static VoteRules Rules(VoteOptions votes, FeedbackBotOptions bot) => new()
    {
        RequestLifetime = TimeSpan.FromDays(votes.RequestExpiryDays),
        ReminderAfter = TimeSpan.FromDays(votes.ReminderAfterDays),
        AskInterval = TimeSpan.FromDays(votes.AskAtMostEveryDays),
        SampleOneIn = votes.SampleOneIn,
        Zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(bot.TimeZone) ? "UTC" : bot.TimeZone),
    };

    private static SurveyTokens SigningKey(IServiceProvider provider)
    {
        if (KeyBytes(provider.GetRequiredService<IOptions<VoteOptions>>().Value.LinkSigningKey) is { Length: >= 32 } key)
        {
            return new SurveyTokens(key);
        }

        LogGeneratedKey(provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(VotesHostServiceCollectionExtensions).FullName!));
        return new SurveyTokens(RandomNumberGenerator.GetBytes(32));
    }

    private static byte[]? KeyBytes(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }

    private static Uri PublicBaseUrl(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IOptions<FeedbackBotOptions>>().Value.PublicBaseUrl;
        var text = string.IsNullOrWhiteSpace(configured) ? DefaultPublicBaseUrl : configured;
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "FeedbackBot:Votes:LinkSigningKey is not set: survey links are signed with a key made up at start, and stop working when this process stops or on any other instance")]
    private static partial void LogGeneratedKey(ILogger logger);
}
