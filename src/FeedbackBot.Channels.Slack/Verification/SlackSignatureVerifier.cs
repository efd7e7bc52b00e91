using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Channels.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Verification;

/// <summary>
/// Checks that a request came from Slack (PROTOCOLS.md 6.1;
/// https://docs.slack.dev/authentication/verifying-requests-from-slack): <c>X-Slack-Signature</c>
/// must be <c>v0=</c> + hex(HMAC-SHA256(signing secret, <c>v0:{timestamp}:{raw body}</c>)), and
/// <c>X-Slack-Request-Timestamp</c> within five minutes of now either way (replay protection).
/// Fails closed: no secret, no header or an odd value all reject.
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>The largest accepted clock difference between Slack and us.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int SignatureHexLength = 64;

    /// <summary>Verifies a request; <paramref name="body"/> is the raw bytes as received, before any parsing.</summary>
    public SlackVerification Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return SlackVerification.NoSigningSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SlackVerification.MissingHeaders;
        }

        var freshness = CheckTimestamp(timestamp);
        if (freshness != SlackVerification.Verified)
        {
            return freshness;
        }

        if (!signature.StartsWith(Version + "=", StringComparison.Ordinal) || signature.Length != Version.Length + 1 + SignatureHexLength)
        {
            return SlackVerification.MalformedSignature;
        }

        byte[] received;
        try
        {
            received = Convert.FromHexString(signature.AsSpan(Version.Length + 1));
        }
        catch (FormatException)
        {
            return SlackVerification.MalformedSignature;
        }

        var expected = ComputeHash(secret, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(expected, received)
            ? SlackVerification.Verified
            : SlackVerification.SignatureMismatch;
    }

    /// <summary>
    /// Only the headers: lets an endpoint refuse an unsigned or stale request before it reads the
    /// body. <see cref="Verify"/> repeats these checks.
    /// </summary>
    public SlackVerification CheckHeaders(string? timestamp, string? signature)
    {
        if (string.IsNullOrEmpty(options.Value.SigningSecret))
        {
            return SlackVerification.NoSigningSecret;
        }

        return string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)
            ? SlackVerification.MissingHeaders
            : CheckTimestamp(timestamp);
    }

    private SlackVerification CheckTimestamp(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SlackVerification.MalformedTimestamp;
        }

        var skew = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return skew.Duration() > MaxClockSkew ? SlackVerification.StaleTimestamp : SlackVerification.Verified;
    }

    private static byte[] ComputeHash(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
