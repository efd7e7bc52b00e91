namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// Posts to a <c>response_url</c> (PROTOCOLS.md 6.3). It carries no token: the URL itself is the
/// credential, and the bot token must never go to a URL taken from a payload.
/// </summary>
internal interface IResponseUrlClient
{
    /// <exception cref="SlackApiException">Slack refused the post (e.g. <c>expired_url</c>).</exception>
    Task PostAsync(Uri responseUrl, ResponseUrlMessage message, CancellationToken ct);
}
