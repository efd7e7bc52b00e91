using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace FeedbackBot.Testing.TokenIssuer;

/// <summary>A generated RSA signing key, its <c>kid</c>, and its JWK (with Bot Framework endorsements, if any).</summary>
internal sealed class IssuerKey : IDisposable
{
    private readonly RSA _rsa;

    private IssuerKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        _rsa = RSA.Create(2048);
        KeyId = keyId;
        Endorsements = endorsements;

        SigningCredentials = CredentialsUnder(keyId);
    }

    public string KeyId { get; }

    /// <summary>Null: the JWK has no <c>endorsements</c> array at all.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public SigningCredentials SigningCredentials { get; }

    public static IssuerKey Create(IReadOnlyList<string>? endorsements) =>
        new(Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)), endorsements);

    /// <summary>This key posing under someone else's <c>kid</c>: what a forger would sign with.</summary>
    public SigningCredentials CredentialsUnder(string keyId)
    {
        // No shared provider cache: these keys are disposed with the issuer and must not linger in a static cache.
        var securityKey = new RsaSecurityKey(_rsa)
        {
            KeyId = keyId,
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        return new SigningCredentials(securityKey, SecurityAlgorithms.RsaSha256);
    }

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
