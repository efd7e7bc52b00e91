using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Summaries;

/// <summary>
/// Signs and reads summary link tokens: the ticket's fields, separated by a character no field
/// may hold, UTF-8 and base64url-encoded, then "." and the HMAC-SHA256 of those bytes. Signatures
/// are compared in constant time; anything that does not decode fails closed.
/// </summary>
internal sealed class SummaryLinkTokens
{
    /// <summary>Longer input is refused unread.</summary>
    public const int MaxTokenLength = 2048;

    private const string Version = "s1";
    private const char Separator = '\u001f';
    private readonly byte[] key;

    public SummaryLinkTokens(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32) throw new ArgumentException("The summary-link key must be at least 32 bytes.", nameof(key));
        this.key = (byte[])key.Clone();
    }

    public string Issue(SummaryLinkTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        string[] fields =
        [
            Version,
            ((int)ticket.Kind).ToString(CultureInfo.InvariantCulture),
            ticket.Tenant,
            ticket.Week.ToString(),
            ticket.Team ?? "",
            ticket.Culture,
            ticket.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ];
        if (fields.Any(f => f.Contains(Separator, StringComparison.Ordinal)))
        {
            throw new ArgumentException("A summary link field holds a control character.", nameof(ticket));
        }

        var payload = Encoding.UTF8.GetBytes(string.Join(Separator, fields));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    public SummaryLinkStatus Read(string? token, DateTimeOffset now, out SummaryLinkTicket? ticket)
    {
        ticket = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || token.Split('.') is not [var body, var signature])
        {
            return SummaryLinkStatus.Malformed;
        }

        if (!TryDecode(body, out var payload) || !TryDecode(signature, out var mac) || mac.Length != 32)
        {
            return SummaryLinkStatus.Malformed;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), mac))
        {
            return SummaryLinkStatus.Forged;
        }

        // Signed by us, so the payload is one we wrote; decoding still fails closed.
        if (Decode(payload) is not { } decoded)
        {
            return SummaryLinkStatus.Malformed;
        }

        ticket = decoded;
        return now >= decoded.ExpiresAt ? SummaryLinkStatus.Expired : SummaryLinkStatus.Valid;
    }

    private static SummaryLinkTicket? Decode(byte[] payload)
    {
        var fields = Encoding.UTF8.GetString(payload).Split(Separator);
        if (fields is not [Version, var kind, var tenant, var week, var team, var culture, var expires]
            || !Enum.TryParse<SummaryLinkKind>(kind, out var parsedKind) || !Enum.IsDefined(parsedKind)
            || !IsoWeek.TryParse(week, out var parsedWeek)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return new SummaryLinkTicket(parsedKind, tenant, parsedWeek, team.Length == 0 ? null : team, culture, DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !Base64Url.IsValid(text, out var length) || length == 0)
        {
            return false;
        }

        var buffer = new byte[length];
        if (!Base64Url.TryDecodeFromChars(text, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
