using Microsoft.IdentityModel.JsonWebTokens;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// What a validated Bot Framework channel token must also satisfy (PROTOCOLS.md 2.2 rules 7–8, 2.3).
/// The docs single these out: skipping them lets an attacker harvest the bot's outbound token.
/// </summary>
internal static class ChannelTokenRules
{
    private const string ServiceUrlClaim = "serviceurl";

    public static AuthenticationFailure Check(JsonWebToken token, string? channelId, string? serviceUrl, EndorsedOpenIdConfiguration configuration)
    {
        if (!IsEndorsed(token.Kid, channelId, configuration))
        {
            return AuthenticationFailure.EndorsementMissing;
        }

        // Case-insensitive, as the SDK compares it. A missing claim or a missing serviceUrl never matches.
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed)
            || string.IsNullOrEmpty(claimed)
            || !string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationFailure.ServiceUrlMismatch;
        }

        return AuthenticationFailure.None;
    }

    /// <summary>
    /// A key with no endorsements at all is refused (the SDK's JwtTokenExtractor); otherwise the
    /// activity's channel must be among them, compared ordinally. No channelId passes, as in the SDK.
    /// </summary>
    private static bool IsEndorsed(string keyId, string? channelId, EndorsedOpenIdConfiguration configuration)
    {
        if (!configuration.Endorsements.TryGetValue(keyId, out var endorsements))
        {
            return false;
        }

        return string.IsNullOrEmpty(channelId) || endorsements.Contains(channelId);
    }
}
