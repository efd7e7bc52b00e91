using System.Security.Claims;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>The outcome of authenticating one inbound activity.</summary>
public sealed record AuthenticationResult
{
    private AuthenticationResult(AuthenticationFailure failure, ClaimsIdentity? identity, string? callerId, bool serviceUrlTrusted)
    {
        Failure = failure;
        Identity = identity;
        CallerId = callerId;
        ServiceUrlTrusted = serviceUrlTrusted;
    }

    public bool Succeeded => Failure == AuthenticationFailure.None;

    /// <summary><see cref="AuthenticationFailure.None"/> on success; otherwise why it failed (for logs only).</summary>
    public AuthenticationFailure Failure { get; }

    /// <summary>The validated token's claims, or the anonymous identity in local mode; null on failure.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>
    /// The activity's <c>callerId</c> as the receiver must set it (PROTOCOLS.md 1.1), e.g.
    /// <see cref="CallerIds.PublicAzureChannel"/>; null in local mode and on failure.
    /// </summary>
    public string? CallerId { get; }

    /// <summary>
    /// True when the activity's <c>serviceUrl</c> matched the <c>serviceurl</c> claim of a validated
    /// channel token (only then may it be stored and sent the bot's outbound token, PROTOCOLS.md 1.4,
    /// 3.1), and in local mode, where no token is ever sent (see <see cref="Anonymous"/>).
    /// </summary>
    public bool ServiceUrlTrusted { get; }

    /// <summary>
    /// Local mode without a header: the SDK's anonymous identity (auth type <c>anonymous</c>).
    /// Its service URL counts as trusted: in local mode every reply already goes to that URL, and
    /// carries no token, so remembering it for proactive messages exposes nothing new.
    /// </summary>
    public static AuthenticationResult Anonymous() =>
        new(AuthenticationFailure.None, new ClaimsIdentity(authenticationType: "anonymous"), callerId: null, serviceUrlTrusted: true);

    public static AuthenticationResult Authenticated(ClaimsIdentity identity, string callerId, bool serviceUrlTrusted) =>
        new(AuthenticationFailure.None, identity, callerId, serviceUrlTrusted);

    public static AuthenticationResult Failed(AuthenticationFailure failure)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(failure, AuthenticationFailure.None);
        return new(failure, identity: null, callerId: null, serviceUrlTrusted: false);
    }
}
