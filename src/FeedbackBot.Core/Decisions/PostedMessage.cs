namespace FeedbackBot.Core.Decisions;

/// <summary>
/// Where a message the bot sent lives, so it can be updated in place later (Bot Framework: the
/// activity id; Slack: the message <c>ts</c>).
/// </summary>
public sealed record PostedMessage(string Channel, string ConversationId, string MessageId);
