using System.Buffers.Text;
using System.Security.Cryptography;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// What a user of A can make of survey tokens without the signing key (payload, then a 32-byte
/// HMAC, base64url): B's payload under the signature of A's own token, or B's payload signed with
/// a key of their own.
/// </summary>
internal static class SurveyTokenForgery
{
    private const int SignatureLength = 32;

    public static string SwapPayload(string signedToken, string payloadToken)
    {
        var signature = Base64Url.DecodeFromChars(signedToken)[^SignatureLength..];
        return Base64Url.EncodeToString([.. Payload(payloadToken), .. signature]);
    }

    public static string SignedWithAnotherKey(string payloadToken)
    {
        var payload = Payload(payloadToken);
        return Base64Url.EncodeToString([.. payload, .. HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), payload)]);
    }

    private static byte[] Payload(string token) => Base64Url.DecodeFromChars(token)[..^SignatureLength];
}
