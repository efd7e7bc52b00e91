using System.Globalization;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Slack;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>What an endpoint hands the workers after acknowledging Slack's request.</summary>
internal abstract record SlackWork(SlackReplyTarget Target)
{
    /// <summary>The journal entry that keeps this work until it has run; null for work kept in memory only.</summary>
    public SlackWorkEntry? Entry { get; init; }
}

/// <summary>Run a turn through the engine. <see cref="Claim"/> is set for Events API deliveries, which may be retries.</summary>
internal sealed record TurnWork(ConversationTurn Turn, SlackReplyTarget Target, SlackEventClaim? Claim = null) : SlackWork(Target);

/// <summary>Say one of the channel's own texts (e.g. "not available yet") in the user's language.</summary>
internal sealed record NoticeWork(SlackReplyTarget Target, string TextKey, IReadOnlyList<string> Arguments) : SlackWork(Target);

/// <summary>Say a text in the user's language that is not one of the channel's own (a feature's resource); never journaled.</summary>
internal sealed record TextWork(SlackReplyTarget Target, Func<CultureInfo, string> Text) : SlackWork(Target);

/// <summary>Deliver replies a turn produced while the request was being answered (a modal submission).</summary>
internal sealed record DeliverWork(SlackReplyTarget Target, Task<IReadOnlyList<CapturedReply>> Replies, string? Locale) : SlackWork(Target);

/// <summary>The Events API delivery to claim before the turn runs, so a retried event has one effect.</summary>
internal sealed record SlackEventClaim(string TeamId, string EventId, DateTimeOffset EventTime);
