namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>Reads <c>Authorization: Bearer &lt;jwt&gt;</c> exactly as PROTOCOLS.md 2.2 rule 1 states it.</summary>
internal static class BearerHeader
{
    private const string Scheme = "Bearer";

    /// <summary>
    /// True when the header is two space-separated parts and the first is exactly <c>Bearer</c>
    /// (case-sensitive, as the SDK's JwtTokenExtractor compares it).
    /// </summary>
    public static bool TryReadToken(string header, out string token)
    {
        token = "";
        var parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], Scheme, StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }
}
