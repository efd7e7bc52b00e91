using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// Mints and checks Direct Line tokens: <c>dl1.{payload}.{signature}</c>, the payload base64url
/// JSON (conversation, user, expiry in Unix seconds, a nonce), the signature HMAC-SHA256 over
/// <c>dl1.{payload}</c> with the key derived from the secret. Stateless, so every instance that
/// shares the secret accepts every token. Tokens last 1800 s, as Direct Line's do (PROTOCOLS.md 5.1).
/// </summary>
public sealed class DirectLineTokens(DirectLineKeys keys, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1800);

    private const string Prefix = "dl1.";
    private const int NonceBytes = 12;

    // Tokens arrive in a header: anything longer is not ours, and is refused before any parsing.
    private const int MaxTokenLength = 2048;

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public IssuedDirectLineToken Issue(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds());
        var payload = new TokenPayload(conversationId, userId, expiresAt.ToUnixTimeSeconds(), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(NonceBytes)));
        var signed = Prefix + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson));
        var token = signed + "." + Base64Url.EncodeToString(Sign(signed));
        return new IssuedDirectLineToken(token, (int)Lifetime.TotalSeconds, new DirectLineTokenClaims(conversationId, userId, expiresAt));
    }

    /// <summary>Checks the signature first, and only a token we signed for its expiry.</summary>
    public DirectLineTokenCheck Read(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var invalid = new DirectLineTokenCheck(DirectLineTokenStatus.Invalid);
        if (token.Length > MaxTokenLength || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return invalid;
        }

        var dot = token.LastIndexOf('.');
        var signed = token[..dot];
        if (signed.Length <= Prefix.Length || !TryDecode(token[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(signed)))
        {
            return invalid;
        }

        TokenPayload? payload;
        try
        {
            payload = TryDecode(signed[Prefix.Length..], out var json) ? JsonSerializer.Deserialize<TokenPayload>(json, PayloadJson) : null;
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is not { ConversationId.Length: > 0, UserId.Length: > 0 })
        {
            return invalid;
        }

        var claims = new DirectLineTokenClaims(payload.ConversationId, payload.UserId, DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt));
        return time.GetUtcNow() >= claims.ExpiresAt
            ? new DirectLineTokenCheck(DirectLineTokenStatus.Expired)
            : new DirectLineTokenCheck(DirectLineTokenStatus.Valid, claims);
    }

    private byte[] Sign(string signed) => HMACSHA256.HashData(keys.TokenSigningKey, Encoding.UTF8.GetBytes(signed));

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (Base64Url.DecodeFromChars(text, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done || consumed != text.Length)
        {
            return false;
        }

        bytes = bytes[..written];
        return true;
    }

    private sealed record TokenPayload(
        [property: JsonPropertyName("c")] string ConversationId,
        [property: JsonPropertyName("u")] string UserId,
        [property: JsonPropertyName("e")] long ExpiresAt,
        [property: JsonPropertyName("n")] string Nonce);
}
