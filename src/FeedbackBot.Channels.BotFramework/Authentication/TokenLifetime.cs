using Microsoft.IdentityModel.Tokens;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// <c>nbf</c>/<c>exp</c> checked against the injected clock with five minutes of skew (PROTOCOLS.md 2.2
/// rule 6). IdentityModel keeps its own clock internal, so this replaces its lifetime check with the same
/// comparisons; the exceptions it throws are the ones IdentityModel would, so failures stay distinguishable.
/// </summary>
internal sealed class TokenLifetime(TimeProvider timeProvider)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public bool Validate(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is not { } expiry)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiration time.");
        }

        if (notBefore is { } start && start > expiry)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.") { NotBefore = start, Expires = expiry };
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (notBefore is { } validFrom && validFrom > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = validFrom };
        }

        if (expiry < now - ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expiry };
        }

        return true;
    }
}
