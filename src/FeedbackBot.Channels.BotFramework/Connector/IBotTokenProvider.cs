namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// The bot's own access token for calls to the Bot Connector (PROTOCOLS.md 3.1). A singleton:
/// tokens are reused until shortly before they expire.
/// </summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// The bearer token, or <c>null</c> in local mode (no <c>MicrosoftAppId</c>), where outbound
    /// calls carry no <c>Authorization</c> header at all (PROTOCOLS.md 2.6).
    /// </summary>
    Task<string?> GetTokenAsync(CancellationToken ct);
}
