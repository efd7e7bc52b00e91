using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// The checks every token gets (PROTOCOLS.md 2.2 rules 3–6): signed with a published key by an RS256,
/// RS384 or RS512 signature, the expected issuer, <c>aud</c> = the bot's app id, and <c>nbf</c>/<c>exp</c>
/// with five minutes of clock skew measured on the injected clock (<see cref="TokenLifetime"/>).
/// </summary>
internal sealed class SignedTokenValidator(TimeProvider timeProvider)
{
    /// <summary>The SDK's allowed list; <c>none</c> and symmetric algorithms are refused.</summary>
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenLifetime _lifetime = new(timeProvider);

    public async Task<(ClaimsIdentity? Identity, AuthenticationFailure Failure)> ValidateAsync(
        string token, IEnumerable<string> validIssuers, string audience, EndorsedOpenIdConfiguration configuration)
    {
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = validIssuers,
            ValidateAudience = true,
            ValidAudience = audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            LifetimeValidator = _lifetime.Validate,
            RequireSignedTokens = true,
            ValidAlgorithms = AllowedAlgorithms,
            IssuerSigningKeys = configuration.SigningKeys,

            // The kid was matched before we got here; never fall back to trying every key.
            TryAllIssuerSigningKeys = false,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid
            ? (result.ClaimsIdentity, AuthenticationFailure.None)
            : (null, Classify(result.Exception));
    }

    private static AuthenticationFailure Classify(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => AuthenticationFailure.TokenExpired,
        SecurityTokenNotYetValidException => AuthenticationFailure.TokenNotYetValid,
        SecurityTokenInvalidAudienceException => AuthenticationFailure.InvalidAudience,
        SecurityTokenInvalidSignatureException or SecurityTokenInvalidAlgorithmException => AuthenticationFailure.InvalidSignature,
        _ => AuthenticationFailure.InvalidToken,
    };
}
