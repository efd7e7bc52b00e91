using System.Security.Cryptography;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Summaries;

/// <summary>
/// Host wiring of the weekly summary: the dialog, the signed links and their endpoints, and the
/// weekly push. Workspace roles and the element rankings come from the service feature. The time zone, the schedule and the link key are checked at start, so a typo stops
/// the bot with a clear message instead of failing on Monday morning.
/// </summary>
internal static partial class SummaryHostingExtensions
{
    public static IServiceCollection AddSummaryFeature(this IServiceCollection services)
    {
        services.AddOptions<FeedbackBotOptions>()
            .BindConfiguration(FeedbackBotOptions.SectionName)
            .Validate(o => IsKnownZone(o.TimeZone), "FeedbackBot:TimeZone must be an IANA time zone id such as Europe/Berlin (or UTC).")
            .Validate(o => SummarySchedule.TryParse(o.SummarySchedule, out _), "FeedbackBot:SummarySchedule must be a weekday and a 24-hour time, such as \"Monday 09:00\".")
            .ValidateOnStart();
        services.AddOptions<SummaryOptions>()
            .BindConfiguration(SummaryOptions.SectionName)
            .Validate(o => o.LinkSigningKey is null or "" || KeyBytes(o.LinkSigningKey) is { Length: >= 32 }, "FeedbackBot:Summaries:LinkSigningKey must be base64 of at least 32 bytes.")
            .Validate(o => o.ChartLinkLifetime > TimeSpan.Zero && o.ExportLinkLifetime > TimeSpan.Zero, "FeedbackBot:Summaries link lifetimes must be positive.")
            .ValidateOnStart();

        services.AddSingleton(sp => SummarySchedule.TryParse(sp.GetRequiredService<IOptions<FeedbackBotOptions>>().Value.SummarySchedule, out var schedule)
            ? schedule
            : SummarySchedule.Default);
        services.AddSingleton(sp => new SummaryLinkTokens(SigningKey(sp)));
        services.AddSingleton<ISummaryLinks, SignedSummaryLinks>();
        services.AddFeedbackSummaries();
        services.AddSingleton<WeeklySummaryPush>();
        services.AddHostedService<WeeklySummaryService>();
        return services;
    }

    private static bool IsKnownZone(string? id)
    {
        try
        {
            _ = SummaryZone.Resolve(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static byte[]? KeyBytes(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] SigningKey(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<SummaryOptions>>().Value.LinkSigningKey;
        if (!string.IsNullOrEmpty(configured))
        {
            return Convert.FromBase64String(configured);
        }

        LogGeneratedKey(services.GetRequiredService<ILogger<SummaryOptions>>());
        return RandomNumberGenerator.GetBytes(32);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "FeedbackBot:Summaries:LinkSigningKey is not set: chart and CSV links are signed with a key of this process only and stop working when it restarts. Set it (shared by every instance) outside local runs")]
    private static partial void LogGeneratedKey(ILogger logger);
}
