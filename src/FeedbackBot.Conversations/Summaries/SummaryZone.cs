using FeedbackBot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>
/// The workspace's time zone (<c>FeedbackBot:TimeZone</c>, an IANA id; UTC when unset), resolved
/// once. An unknown id fails when first used; the host validates it at start so that never
/// happens mid-chat.
/// </summary>
public sealed class SummaryZone(IOptions<FeedbackBotOptions> options)
{
    private readonly Lazy<TimeZoneInfo> zone = new(() => Resolve(options.Value.TimeZone));

    public TimeZoneInfo Zone => zone.Value;

    public static TimeZoneInfo Resolve(string? id) =>
        string.IsNullOrWhiteSpace(id) || id == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id);
}
