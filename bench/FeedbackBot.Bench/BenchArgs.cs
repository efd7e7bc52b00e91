using System.Globalization;

namespace FeedbackBot.Bench;

/// <summary>The options the store scenarios (<c>summary</c>, <c>votes</c>) share: <c>--name value</c> pairs.</summary>
internal static class BenchArgs
{
    public static int Number(IReadOnlyList<string> args, string name, int fallback) =>
        Text(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary><c>--store sqlite|table|both</c>, <c>both</c> when absent.</summary>
    /// <exception cref="ArgumentException">Another value, which would otherwise measure nothing.</exception>
    public static string Store(IReadOnlyList<string> args)
    {
        var store = Text(args, "--store") ?? "both";
        return store is "sqlite" or "table" or "both" ? store : throw new ArgumentException($"--store takes sqlite, table or both, not '{store}'.");
    }

    private static string? Text(IReadOnlyList<string> args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
