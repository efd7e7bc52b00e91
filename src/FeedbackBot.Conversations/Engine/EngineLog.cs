using FeedbackBot.Conversations.Telemetry;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Engine;

/// <summary>
/// The engine's log events. They carry ids, counts and outcomes, never what the user wrote:
/// messages can hold personal data.
/// </summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Handled a {Kind} turn in {Conversation}: {Outcome} after {Attempts} attempt(s)")]
    public static partial void TurnHandled(this ILogger logger, TurnKind kind, ConversationKey conversation, TurnOutcome outcome, int attempts);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Another turn saved {Conversation} first; running attempt {Attempt} on fresh state")]
    public static partial void WriteConflict(this ILogger logger, ConversationKey conversation, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Gave up on a turn in {Conversation} after {Attempts} write conflicts; the user was asked to send it again")]
    public static partial void GaveUpAfterConflicts(this ILogger logger, ConversationKey conversation, int attempts);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "The dialog state store failed for {Conversation}; the turn was not saved")]
    public static partial void StoreFailed(this ILogger logger, Exception exception, ConversationKey conversation);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "The dialog stack of {Conversation} was last updated {Age} ago and expired; starting fresh")]
    public static partial void StackExpired(this ILogger logger, ConversationKey conversation, TimeSpan age);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "The stored dialog stack of {Conversation} is unreadable; starting fresh")]
    public static partial void StackUnreadable(this ILogger logger, ConversationKey conversation);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "The stored dialog stack of {Conversation} names the unregistered dialog {DialogId}; starting fresh")]
    public static partial void UnknownDialog(this ILogger logger, ConversationKey conversation, string dialogId);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "A dialog of {Conversation} could not continue from its stored frame; starting fresh")]
    public static partial void FrameInvalid(this ILogger logger, Exception exception, ConversationKey conversation);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "A save of {Conversation} went unanswered; reading the state again to learn whether it landed (check {Check})")]
    public static partial void CheckingUnansweredSave(this ILogger logger, ConversationKey conversation, int check);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "A save of {Conversation} that went unanswered had landed; the turn's replies from that attempt are sent")]
    public static partial void UnansweredSaveLanded(this ILogger logger, ConversationKey conversation);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "A dialog of {Conversation} failed; its stack was cleared and the user told")]
    public static partial void DialogFailed(this ILogger logger, Exception exception, ConversationKey conversation);
}
