using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// OpenID metadata together with its signing keys and their endorsements, all read from the same
/// keys document, so keys and endorsements are always refreshed together. <see cref="JsonWebKey"/>
/// does not model Bot Framework's extra <c>endorsements</c> array, so it is read from the raw JSON, as
/// the SDK's EndorsementsRetriever does (PROTOCOLS.md 2.3).
/// </summary>
internal sealed class EndorsedOpenIdConfiguration : OpenIdConnectConfiguration
{
    public EndorsedOpenIdConfiguration(string metadataJson, string keysJson, DateTimeOffset retrievedAt)
        : base(metadataJson)
    {
        RetrievedAt = retrievedAt;
        var keySet = new JsonWebKeySet(keysJson);
        JsonWebKeySet = keySet;
        foreach (var key in keySet.GetSigningKeys())
        {
            SigningKeys.Add(key);
        }

        Endorsements = ReadEndorsements(keysJson);
    }

    public DateTimeOffset RetrievedAt { get; }

    /// <summary><c>kid</c> → the key's endorsements. A key whose JWK has no <c>endorsements</c> array has no entry.</summary>
    public IReadOnlyDictionary<string, FrozenSet<string>> Endorsements { get; }

    public bool HasSigningKey(string keyId) =>
        SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    private static FrozenDictionary<string, FrozenSet<string>> ReadEndorsements(string keysJson)
    {
        var endorsements = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                var channels = values.EnumerateArray()
                    .Where(value => value.ValueKind == JsonValueKind.String)
                    .Select(value => value.GetString()!)
                    .ToFrozenSet(StringComparer.Ordinal);
                endorsements.TryAdd(kid.GetString()!, channels);
            }
        }

        return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
