using System.Text;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// Reduces typed answers to what they say, so " Yes! 👍", "YES" and "yes." all compare equal:
/// lower case, letters and digits only, any run of other characters (spaces, punctuation,
/// symbols, emoji and their joiners) becomes a single space, trimmed at both ends.
/// </summary>
internal static class AnswerText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var separatorPending = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                separatorPending = true;
                continue;
            }

            if (separatorPending && builder.Length > 0)
            {
                builder.Append(' ');
            }

            separatorPending = false;
            builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return builder.ToString();
    }
}
