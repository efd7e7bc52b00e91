using Microsoft.IdentityModel.JsonWebTokens;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// What a validated Emulator token must also satisfy (PROTOCOLS.md 2.2, "Emulator tokens"): it was
/// minted with the bot's own credentials, so the caller's app id is the bot's. Which claim holds the
/// app id depends on the token version; the keys carry no endorsements and there is no serviceurl claim.
/// </summary>
internal static class EmulatorTokenRules
{
    public static AuthenticationFailure Check(JsonWebToken token, string botAppId)
    {
        token.TryGetPayloadValue<string>("ver", out var version);
        string? callerAppId;
        switch (version)
        {
            case null or "" or "1.0":
                token.TryGetPayloadValue("appid", out callerAppId);
                break;
            case "2.0":
                token.TryGetPayloadValue("azp", out callerAppId);
                break;
            default:
                return AuthenticationFailure.UnsupportedTokenVersion;
        }

        return string.Equals(callerAppId, botAppId, StringComparison.Ordinal)
            ? AuthenticationFailure.None
            : AuthenticationFailure.AppIdMismatch;
    }
}
