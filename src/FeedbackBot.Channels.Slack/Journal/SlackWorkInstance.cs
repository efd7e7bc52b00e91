namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>
/// This process's name as the owner of journaled Slack work: host and process id for a reader of
/// the store, and a random part, because a restarted container may get the same process id.
/// </summary>
internal sealed class SlackWorkInstance
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
