namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>Text helpers for Slack: mrkdwn escaping, truncation and splitting that respect the limits.</summary>
internal static class SlackText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Escapes the three characters Slack's mrkdwn treats as control sequences
    /// (https://docs.slack.dev/messaging/formatting-message-text#escaping), so user text cannot
    /// forge a mention or a link, and turns the dialogs' <c>**bold**</c> into Slack's <c>*bold*</c>.
    /// </summary>
    public static string ToMarkdown(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("**", "*", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="max"/> characters, ending in "…" when
    /// cut, never in the middle of a surrogate pair or of an escape such as <c>&amp;amp;</c>.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = SafeCut(text, max - Ellipsis.Length);
        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }

    /// <summary>
    /// Splits <paramref name="text"/> into pieces of at most <paramref name="max"/> characters,
    /// preferring line breaks, then spaces, so no word is broken when it can be helped.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var window = rest.AsSpan(0, max);
            var cut = window.LastIndexOf('\n');
            if (cut < max / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut < max / 2)
            {
                cut = SafeCut(rest, max);
            }

            if (cut <= 0)
            {
                cut = max;
            }

            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>A cut position at or below <paramref name="max"/> that splits no surrogate pair or entity.</summary>
    private static int SafeCut(string text, int max)
    {
        var cut = Math.Clamp(max, 0, text.Length);
        if (cut > 0 && cut < text.Length && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        // The longest escape ToMarkdown writes is "&amp;" (5 characters), so one that straddles
        // the cut starts at most 4 characters before it.
        if (cut > 0)
        {
            var amp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 4));
            if (amp >= 0)
            {
                var semicolon = text.IndexOf(';', amp);
                if (semicolon >= cut && semicolon - amp <= 4)
                {
                    cut = amp;
                }
            }
        }

        return cut;
    }

    /// <summary>Joins the non-empty lines with line breaks.</summary>
    public static string JoinLines(IEnumerable<string?> lines) =>
        string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)));
}
