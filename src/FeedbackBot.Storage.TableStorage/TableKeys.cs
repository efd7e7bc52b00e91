using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// The one way every PartitionKey and RowKey is built. Ids come from channels (Teams and web chat
/// conversation ids contain all sorts) and must neither break a key nor make two ids share one.
/// <para>
/// Table keys forbid <c>/ \ # ?</c> and the control characters U+0000–U+001F and U+007F–U+009F,
/// and hold at most 1 KiB
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#characters-disallowed-in-key-fields).
/// Each such character is written as <c>!</c> and two hex digits (<c>/</c> → <c>!2F</c>). Also escaped:
/// <c>!</c> itself (so an escaped key decodes one way only), the part separator <c>|</c> (so
/// <c>a|b</c> + <c>c</c> and <c>a</c> + <c>b|c</c> stay apart), <c>%</c> (some Table APIs mis-decode it in
/// URLs, https://learn.microsoft.com/archive/blogs/windowsazurestorage/partitionkey-or-rowkey-containing-the-percent-character-causes-some-windows-azure-tables-apis-to-fail),
/// <c>'</c> (Azurite mishandled it in point operations), and UTF-16 the service cannot carry —
/// lone surrogates, private-use and non-characters — as <c>!u</c> and four hex digits.
/// </para>
/// <para>
/// Every escape is decodable and parts never contain the separator, so distinct inputs give
/// distinct keys. A key longer than the limit keeps a readable prefix and ends in <c>!h</c> plus the
/// SHA-256 of the whole escaped key: no short key contains <c>!h</c>, so long keys never meet short
/// ones, and two long keys meet only on a SHA-256 collision.
/// </para>
/// </summary>
internal static class TableKeys
{
    /// <summary>The separator between the parts of a composite key, e.g. <c>{channel}|{conversationId}</c>.</summary>
    public const char Separator = '|';

    /// <summary>1 KiB as UTF-16 (the service's own encoding).</summary>
    public const int MaxLength = 512;

    /// <summary>1 KiB as UTF-8 (the wire encoding), in case the service counts that way.</summary>
    public const int MaxUtf8Bytes = 1024;

    private const char Escape = '!';
    private const string HashMarker = "!h";
    private const int HashLength = 64;

    /// <summary>A key made of one value.</summary>
    public static string For(string value) => Compose(value);

    /// <summary>A key made of several values, escaped one by one and joined with <see cref="Separator"/>.</summary>
    public static string Compose(params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(parts[i]);
            if (i > 0)
            {
                builder.Append(Separator);
            }

            AppendEscaped(builder, parts[i]);
        }

        var key = builder.ToString();
        return FitsLimits(key) ? key : Shorten(key);
    }

    /// <summary>True when <paramref name="key"/> is a key the Table service accepts.</summary>
    public static bool IsValid(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]))
            {
                i++;
            }
            else if (IsForbiddenByService(c) || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return FitsLimits(key);
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (c <= 0xFF && MustEscape(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else if (c > 0xFF && MustEscape(c))
            {
                builder.Append(Escape).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static bool MustEscape(char c) =>
        IsForbiddenByService(c)
        || c is Escape or Separator or '%' or '\''
        || char.IsSurrogate(c) // only lone ones reach here: pairs are copied whole
        || c is (>= '\uE000' and <= '\uF8FF') or (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF';

    private static bool IsForbiddenByService(char c) =>
        c is '/' or '\\' or '#' or '?' or (<= '\u001F') or (>= '\u007F' and <= '\u009F');

    private static bool FitsLimits(string key) =>
        key.Length <= MaxLength && Encoding.UTF8.GetByteCount(key) <= MaxUtf8Bytes;

    private static string Shorten(string key)
    {
        // The escaped key has no lone surrogates, so its UTF-8 form is lossless and the hash
        // distinguishes every escaped key (and through it every input).
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var suffixLength = HashMarker.Length + HashLength;
        var prefixLength = 0;
        var prefixBytes = 0;
        while (prefixLength < key.Length)
        {
            var width = char.IsHighSurrogate(key[prefixLength]) ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(key.AsSpan(prefixLength, width));
            if (prefixLength + width + suffixLength > MaxLength || prefixBytes + bytes + suffixLength > MaxUtf8Bytes)
            {
                break;
            }

            prefixLength += width;
            prefixBytes += bytes;
        }

        return string.Concat(key.AsSpan(0, prefixLength), HashMarker, hash);
    }
}
