using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Signs and reads the tokens in survey links and vote buttons: the ticket (tenant, week,
/// interaction, expiry) in a compact binary form followed by its HMAC-SHA256, base64url-encoded.
/// A token binds one interaction, so a customer can vote on theirs and nobody else's, and it stops
/// working when the request expires. Signatures are compared in constant time.
/// </summary>
public sealed class SurveyTokens
{
    /// <summary>Longer input is refused unread (a token for the longest ids is well under this).</summary>
    public const int MaxTokenLength = 1024;

    private const byte FormatVersion = 1;
    private const int SignatureLength = 32;
    private readonly byte[] key;

    /// <param name="key">The signing key, at least 32 bytes, shared by every instance.</param>
    public SurveyTokens(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32) throw new ArgumentException("The survey-link key must be at least 32 bytes.", nameof(key));
        this.key = (byte[])key.Clone();
    }

    /// <summary>A token for <paramref name="ticket"/>.</summary>
    public string Issue(SurveyTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var payload = Encode(ticket);
        var token = new byte[payload.Length + SignatureLength];
        payload.CopyTo(token, 0);
        HMACSHA256.HashData(key, payload, token.AsSpan(payload.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>Reads and checks a token; the ticket is set only when it is <see cref="SurveyTokenStatus.Valid"/> (or expired, for a friendly message).</summary>
    public SurveyTokenStatus Read(string? token, DateTimeOffset now, out SurveyTicket? ticket)
    {
        ticket = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !TryDecode(token, out var bytes) || bytes.Length <= SignatureLength)
        {
            return SurveyTokenStatus.Malformed;
        }

        var payload = bytes.AsSpan(0, bytes.Length - SignatureLength);
        Span<byte> expected = stackalloc byte[SignatureLength];
        HMACSHA256.HashData(key, payload, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - SignatureLength)))
        {
            return SurveyTokenStatus.Forged;
        }

        // Signed by us, so the payload is one we wrote; decoding still fails closed.
        if (Decode(payload) is not { } decoded)
        {
            return SurveyTokenStatus.Malformed;
        }

        ticket = decoded;
        return now >= decoded.ExpiresAt ? SurveyTokenStatus.Expired : SurveyTokenStatus.Valid;
    }

    private static byte[] Encode(SurveyTicket ticket)
    {
        using var stream = new MemoryStream();
        stream.WriteByte(FormatVersion);
        WriteString(stream, ticket.Tenant);
        WriteString(stream, ticket.InteractionId);
        Span<byte> numbers = stackalloc byte[12];
        BinaryPrimitives.WriteInt16BigEndian(numbers, (short)ticket.Week.Year);
        BinaryPrimitives.WriteInt16BigEndian(numbers[2..], (short)ticket.Week.Week);
        BinaryPrimitives.WriteInt64BigEndian(numbers[4..], ticket.ExpiresAt.ToUnixTimeSeconds());
        stream.Write(numbers);
        return stream.ToArray();
    }

    private static SurveyTicket? Decode(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 1 || payload[0] != FormatVersion) return null;
        var rest = payload[1..];
        if (!TryReadString(ref rest, out var tenant) || !TryReadString(ref rest, out var interaction) || rest.Length != 12) return null;
        var year = BinaryPrimitives.ReadInt16BigEndian(rest);
        var week = BinaryPrimitives.ReadInt16BigEndian(rest[2..]);
        var expires = BinaryPrimitives.ReadInt64BigEndian(rest[4..]);
        if (!IsoWeek.TryParse($"{year:D4}-W{week:D2}", out var isoWeek)) return null;
        if (expires < DateTimeOffset.MinValue.ToUnixTimeSeconds() || expires > DateTimeOffset.MaxValue.ToUnixTimeSeconds()) return null;
        return new SurveyTicket(tenant, isoWeek, interaction, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    private static void WriteString(MemoryStream stream, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        if (bytes.Length > ushort.MaxValue) throw new ArgumentException("A survey ticket id is too long.", nameof(value));
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }

    private static bool TryReadString(ref ReadOnlySpan<byte> rest, out string value)
    {
        value = "";
        if (rest.Length < 2) return false;
        var length = BinaryPrimitives.ReadUInt16BigEndian(rest);
        if (rest.Length < 2 + length) return false;
        value = Encoding.UTF8.GetString(rest.Slice(2, length));
        rest = rest[(2 + length)..];
        return true;
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        // TryDecodeFromChars throws on characters outside the alphabet; IsValid checks without throwing.
        var buffer = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, buffer, out var written))
        {
            bytes = [];
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
