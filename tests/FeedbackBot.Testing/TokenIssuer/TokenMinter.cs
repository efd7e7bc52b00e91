using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FeedbackBot.Testing.TokenIssuer;

/// <summary>Turns claims into a compact JWS, signed (RS256) or deliberately unsigned (<c>alg: none</c>).</summary>
internal static class TokenMinter
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Signed(SigningCredentials credentials, TokenClaims claims) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = claims.Issuer,
            Audience = claims.Audience,
            NotBefore = claims.NotBefore.UtcDateTime,
            IssuedAt = claims.NotBefore.UtcDateTime,
            Expires = claims.Expires.UtcDateTime,
            Claims = claims.Extra,
            SigningCredentials = credentials,
        });

    /// <summary>What a forger sends: a real-looking header naming a published <c>kid</c>, and no signature.</summary>
    public static string Unsigned(string keyId, TokenClaims claims)
    {
        var header = new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new Dictionary<string, object>(claims.Extra)
        {
            ["iss"] = claims.Issuer,
            ["aud"] = claims.Audience,
            ["nbf"] = claims.NotBefore.ToUnixTimeSeconds(),
            ["iat"] = claims.NotBefore.ToUnixTimeSeconds(),
            ["exp"] = claims.Expires.ToUnixTimeSeconds(),
        };
        return Encode(header) + "." + Encode(payload) + ".";
    }

    private static string Encode(Dictionary<string, object> json) =>
        Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(json)));
}
