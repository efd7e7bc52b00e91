using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>What every dialog of one turn attempt shares: the turn, its language, its reply buffer, the clock.</summary>
internal sealed record TurnScope(ConversationTurn Turn, CultureInfo Culture, ReplyBuffer Replies, TimeProvider Time);
