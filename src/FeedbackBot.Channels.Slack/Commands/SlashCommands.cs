namespace FeedbackBot.Channels.Slack.Commands;

/// <summary>
/// The slash commands the Slack app declares (manifest/slack/manifest.json). Each starts the
/// dialog registered under the same command word; until a feature registers it, the command
/// says honestly that it is not available yet.
/// </summary>
internal static class SlashCommands
{
    public static IReadOnlyList<string> All { get; } = ["decision-check", "feedback-admin", "feedback-request", "feedback-summary", "service-statement", "service-survey"];

    /// <summary>The command word without its slash, lower-cased, e.g. <c>decision-check</c>.</summary>
    public static string Word(string command) => command.TrimStart('/').ToLowerInvariant();

    public static bool IsKnown(string word) => All.Contains(word, StringComparer.Ordinal);
}
