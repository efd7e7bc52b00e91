using FeedbackBot.Channels.Slack.BlockKit;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// The Web API methods FeedbackBot calls (PROTOCOLS.md 6.8), with the bot token. Every method
/// throws <see cref="SlackApiException"/> when Slack answers <c>ok:false</c> or the call fails
/// after its retries.
/// </summary>
internal interface ISlackWebApi
{
    Task<PostedMessage> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken ct);

    Task PostEphemeralAsync(string channel, string user, SlackMessage message, string? threadTs, CancellationToken ct);

    Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken ct);

    /// <summary>Opens a modal; <paramref name="triggerId"/> is single-use and lives 3 seconds. Returns the view id.</summary>
    Task<string> OpenViewAsync(string triggerId, SlackView view, CancellationToken ct);

    Task UpdateViewAsync(string viewId, SlackView view, CancellationToken ct);

    /// <summary>The id of the bot's DM channel with <paramref name="userId"/> (<c>conversations.open</c>), for proactive messages.</summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct);

    /// <summary>The user's locale (<c>users.info</c> with <c>include_locale</c>), e.g. <c>de-DE</c>, or null when Slack gives none.</summary>
    Task<string?> GetUserLocaleAsync(string userId, CancellationToken ct);
}
