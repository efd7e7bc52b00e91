namespace FeedbackBot.Testing.TokenIssuer;

/// <summary>The registered claims every minted token has, plus the protocol-specific ones.</summary>
internal sealed record TokenClaims(
    string Issuer, string Audience, DateTimeOffset NotBefore, DateTimeOffset Expires, Dictionary<string, object> Extra);
