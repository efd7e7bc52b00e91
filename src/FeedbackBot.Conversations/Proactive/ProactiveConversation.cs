using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Conversations.Proactive;

/// <summary>A conversation the bot opened itself: where replies go, and whom the bot talks to there.</summary>
public sealed record ProactiveConversation(ConversationKey Conversation, IReplySink Replies, ChatUser User, string? Locale, bool IsGroup = false);
