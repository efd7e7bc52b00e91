namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>What running a piece of Slack work came to.</summary>
internal enum SlackWorkOutcome
{
    /// <summary>It ran, or was found to be a retry of work that already ran.</summary>
    Done,

    /// <summary>Nothing happened (an event's claim could not be made): the work must run again later.</summary>
    NotRun,
}
