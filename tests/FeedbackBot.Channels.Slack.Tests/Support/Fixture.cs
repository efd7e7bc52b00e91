namespace FeedbackBot.Channels.Slack.Tests.Support;

/// <summary>Raw payloads from Fixtures/, exactly as Slack would send the bytes.</summary>
internal static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
