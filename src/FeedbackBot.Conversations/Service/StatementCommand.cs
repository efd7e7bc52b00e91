namespace FeedbackBot.Conversations.Service;

/// <summary>
/// The text after <c>service-statement</c> read as a sub-command: its first word (English or
/// German) and the rest. Unknown words keep <see cref="StatementAction.Usage"/>.
/// </summary>
internal readonly record struct StatementCommand(StatementAction Action, string? Rest)
{
    private static readonly Dictionary<string, StatementAction> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["show"] = StatementAction.Show,
        ["zeigen"] = StatementAction.Show,
        ["set"] = StatementAction.Set,
        ["setzen"] = StatementAction.Set,
        ["history"] = StatementAction.History,
        ["verlauf"] = StatementAction.History,
        ["gap"] = StatementAction.Gap,
        ["lücke"] = StatementAction.Gap,
        ["elements"] = StatementAction.Elements,
        ["elemente"] = StatementAction.Elements,
        ["invite"] = StatementAction.Invite,
        ["einladen"] = StatementAction.Invite,
        ["help"] = StatementAction.Usage,
        ["hilfe"] = StatementAction.Usage,
    };

    public static StatementCommand Parse(string? argument)
    {
        var (word, rest) = SplitFirstWord(argument);
        if (word is null)
        {
            return new StatementCommand(StatementAction.Show, null);
        }

        return new StatementCommand(Words.GetValueOrDefault(word, StatementAction.Usage), rest);
    }

    /// <summary>The first word and the trimmed rest (<c>null</c> when empty).</summary>
    public static (string? Word, string? Remainder) SplitFirstWord(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, null);
        }

        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var rest = trimmed[end..].Trim();
        return (trimmed[..end], rest.Length == 0 ? null : rest);
    }
}

internal enum StatementAction
{
    Show,
    Set,
    History,
    Gap,
    Elements,
    Invite,
    Usage,
}
