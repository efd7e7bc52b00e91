using System.Globalization;
using System.Text;

namespace FeedbackBot.Storage.TableStorage.Tests.Keys;

/// <summary>
/// An independent reading of the documented key format (TableKeys): splits a key into its parts
/// and undoes the <c>!XX</c> / <c>!uXXXX</c> escapes. If every short key decodes back to its
/// input, no two inputs can share a key.
/// </summary>
internal static class EscapedKey
{
    public static IReadOnlyList<string> Decode(string key)
    {
        var parts = new List<string>();
        var part = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            switch (key[i])
            {
                case '|':
                    parts.Add(part.ToString());
                    part.Clear();
                    break;
                case '!' when key[i + 1] == 'u':
                    part.Append((char)int.Parse(key.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 5;
                    break;
                case '!':
                    part.Append((char)int.Parse(key.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                default:
                    part.Append(key[i]);
                    break;
            }
        }

        parts.Add(part.ToString());
        return parts;
    }
}
