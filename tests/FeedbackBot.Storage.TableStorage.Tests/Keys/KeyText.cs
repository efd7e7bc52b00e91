using FsCheck;
using FsCheck.Fluent;

namespace FeedbackBot.Storage.TableStorage.Tests.Keys;

/// <summary>
/// Generators for key-escaping properties. Plain random strings almost never contain the
/// characters that matter or collide by accident, so these draw mostly from what breaks keys:
/// the forbidden and escape characters, lone surrogates, emoji, and text that looks like an
/// escape sequence; a few look-alike tokens make near-equal pairs (and so collisions) likely.
/// </summary>
public static class KeyText
{
    private static readonly char[] Special =
    [
        '/', '\\', '#', '?', '%', '\'', '"', '|', '!', 'u', 'h', '2', 'F', '7', 'C', ' ', '+', '~', '&', '=', '*',
        '\u0000', '\t', '\n', '\u001F', '\u007F', '\u0080', '\u009F', '\u00A0', 'é', '\uD83D', '\uDC4D', '\uE000', '\uFFFE', '\uFFFF',
    ];

    private static readonly string[] Fragments = ["!2F", "!7C", "!u", "!h", "|", "!", "%2F", "x' or PartitionKey ne '", "👍🏽", "日本", "Zoë"];

    // Characters and the text of their escapes: if escaping were not injective, some pair of
    // these short strings would meet.
    private static readonly string[] LookalikeTokens = ["a", "|", "!", "/", "'", "!7C", "!21", "!2F", "!27", "7C", "!u", "!h"];

    /// <summary>Any string, weighted towards the characters keys must survive.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
            (4, Gen.Elements(Special).Select(c => c.ToString())),
            (3, Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString())),
            (3, Gen.Choose(0x20, 0x7E).Select(i => ((char)i).ToString())),
            (2, Gen.Elements(Fragments)))
        .ListOf()
        .Select(parts => string.Concat(parts));

    /// <summary>Short strings of a few look-alike tokens: distinct pairs that escape alike would show up quickly.</summary>
    public static Gen<string> Lookalikes { get; } =
        Gen.Choose(0, 4).SelectMany(count => Gen.Elements(LookalikeTokens).ArrayOf(count)).Select(string.Concat);

    /// <summary>Strings past the key length limit, mostly sharing a long prefix, so only their tails differ.</summary>
    public static Gen<string> PastTheLimit { get; } =
        Gen.Zip(Gen.Zip(Gen.Choose(300, 1_500), Gen.Elements("x", "/", "日", "👍")), Any)
            .Select(t => string.Concat(Enumerable.Repeat(t.Item1.Item2, t.Item1.Item1)) + t.Item2);
}
