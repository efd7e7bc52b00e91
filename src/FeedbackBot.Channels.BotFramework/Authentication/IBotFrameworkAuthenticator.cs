namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// Authenticates the caller of <c>POST /api/messages</c> from its <c>Authorization</c> header, the way
/// the Bot Framework SDK does (PROTOCOLS.md 2.2–2.6). Fails closed: anything not proven valid is refused.
/// </summary>
public interface IBotFrameworkAuthenticator
{
    /// <param name="authorizationHeader">The raw header value, or null when the request has none.</param>
    /// <param name="channelId">The activity's <c>channelId</c>; checked against the signing key's endorsements.</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>; must equal a channel token's <c>serviceurl</c> claim.</param>
    /// <param name="ct">Cancels the wait for OpenID metadata.</param>
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct);
}
