using System.Text;

namespace FeedbackBot.Channels.Slack.Payloads;

/// <summary>
/// A strict <c>application/x-www-form-urlencoded</c> parser for Slack's bodies (slash commands,
/// interactivity). Strict so a malformed body is refused with 400 instead of read half-way:
/// the bytes must be UTF-8, every pair must be <c>name=value</c>, every <c>%</c> must start two
/// hex digits, and no name may repeat.
/// </summary>
internal static class FormBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The fields, or <c>null</c> when the body is not a well-formed form.</returns>
    public static IReadOnlyDictionary<string, string>? TryParse(ReadOnlySpan<byte> body)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text.Length == 0)
        {
            return fields;
        }

        foreach (var pair in text.Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            var name = Decode(pair.AsSpan(0, equals));
            var value = Decode(pair.AsSpan(equals + 1));
            if (name is null || value is null || !fields.TryAdd(name, value))
            {
                return null;
            }
        }

        return fields;
    }

    /// <summary>Percent-decodes one name or value ('+' is a space), or <c>null</c> when an escape is malformed.</summary>
    private static string? Decode(ReadOnlySpan<char> encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
                {
                    return null;
                }

                bytes.Add(Convert.ToByte(encoded.Slice(i + 1, 2).ToString(), 16));
                i += 2;
            }
            else if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= encoded.Length || !char.IsLowSurrogate(encoded[i + 1]))
                {
                    return null;
                }

                var written = Encoding.UTF8.GetBytes(encoded.Slice(i, 2), utf8);
                bytes.AddRange(utf8[..written].ToArray());
                i++;
            }
            else
            {
                var written = Encoding.UTF8.GetBytes(encoded.Slice(i, 1), utf8);
                bytes.AddRange(utf8[..written].ToArray());
            }
        }

        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
