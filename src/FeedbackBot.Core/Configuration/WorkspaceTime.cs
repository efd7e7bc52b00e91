namespace FeedbackBot.Core.Configuration;

/// <summary>The workspace's time zone from <see cref="FeedbackBotOptions.TimeZone"/>.</summary>
public static class WorkspaceTime
{
    /// <summary>The configured zone; UTC when none is set. An unknown id throws (the host validates it at start).</summary>
    public static TimeZoneInfo Zone(FeedbackBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.TimeZone) || options.TimeZone == "UTC"
            ? TimeZoneInfo.Utc
            : TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }
}
