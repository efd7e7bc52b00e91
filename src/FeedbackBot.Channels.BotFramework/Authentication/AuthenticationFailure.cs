namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// Why a request was refused. Meant for logs and status-code choice only: never echo it to the
/// caller, it would tell an attacker which check their token failed.
/// </summary>
public enum AuthenticationFailure
{
    None = 0,

    /// <summary>Authentication is enabled and the request has no <c>Authorization</c> header.</summary>
    MissingHeader,

    /// <summary>The header is not exactly <c>Bearer &lt;token&gt;</c>.</summary>
    MalformedHeader,

    /// <summary>The bearer value is not a readable JWS.</summary>
    MalformedToken,

    /// <summary>The <c>iss</c> claim is neither the channel issuer nor an Emulator issuer.</summary>
    UntrustedIssuer,

    /// <summary>The OpenID metadata or its keys document could not be fetched.</summary>
    MetadataUnavailable,

    /// <summary>The token names no <c>kid</c>, or one the keys document lacks even after a refresh.</summary>
    UnknownSigningKey,

    /// <summary>Unsigned, a disallowed algorithm, or a signature that does not verify.</summary>
    InvalidSignature,

    /// <summary><c>aud</c> is not the bot's <c>MicrosoftAppId</c> (always the case in local mode).</summary>
    InvalidAudience,

    TokenExpired,

    TokenNotYetValid,

    /// <summary>Any other failure of the signed-token validation.</summary>
    InvalidToken,

    /// <summary>The signing key is not endorsed for the activity's channel, or has no endorsements at all.</summary>
    EndorsementMissing,

    /// <summary>A channel token's <c>serviceurl</c> claim is missing or differs from the activity's <c>serviceUrl</c>.</summary>
    ServiceUrlMismatch,

    /// <summary>An Emulator token's <c>ver</c> is neither missing, <c>1.0</c> nor <c>2.0</c>.</summary>
    UnsupportedTokenVersion,

    /// <summary>An Emulator token's <c>appid</c>/<c>azp</c> is not the bot's <c>MicrosoftAppId</c>.</summary>
    AppIdMismatch,
}
