namespace FeedbackBot.Conversations.Engine;

/// <summary>A message read as a command: its first word (a leading '/' dropped) and the rest as the argument.</summary>
internal readonly record struct CommandText(string Word, string? Argument)
{
    public static CommandText? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var word = trimmed[..end].TrimStart('/');
        var argument = trimmed[end..].Trim();
        return word.Length == 0 ? null : new CommandText(word, argument.Length == 0 ? null : argument);
    }
}
