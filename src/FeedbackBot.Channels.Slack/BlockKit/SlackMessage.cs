namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>
/// A message's content: the blocks, and the plain <see cref="Text"/> Slack shows in
/// notifications and where blocks cannot be shown (always sent, PROTOCOLS.md 6.10).
/// </summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
