namespace FeedbackBot.Core.DirectLine;

/// <summary>
/// A conversation of the embedded Direct Line channel (the chat page, Web Chat): who it was started
/// for and when. Its existence is what makes the second start with the same token answer "already
/// started" (PROTOCOLS.md 5.1) and what lets any instance serve its polls.
/// </summary>
/// <param name="ConversationId">Opaque, unique, chosen by the server when the token was minted.</param>
/// <param name="UserId">The user the conversation's tokens speak for.</param>
/// <param name="StartedAt">When the conversation was started.</param>
public sealed record DirectLineConversation(string ConversationId, string UserId, DateTimeOffset StartedAt);
