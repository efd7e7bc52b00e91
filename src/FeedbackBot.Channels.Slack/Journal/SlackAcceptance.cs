namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>What the acknowledgement may tell Slack about a piece of work.</summary>
internal enum SlackAcceptance
{
    /// <summary>Journaled (or, for a modal submission's delivery, queued): answer 200.</summary>
    Accepted,

    /// <summary>An event whose earlier delivery is journaled and will run: answer 200, do nothing more.</summary>
    AlreadyAccepted,

    /// <summary>Not taken on (queue full, store down): the user must be told, or Slack asked to retry.</summary>
    Refused,
}
