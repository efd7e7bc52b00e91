using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Where stored votes are announced (the host queues them for the MISS alert and the webhook), so
/// a slow team channel or helpdesk never delays the customer's answer.
/// </summary>
public interface IVoteEvents
{
    /// <summary>Announces a stored vote; never throws for a listener's failure.</summary>
    void Publish(VoteEvent voteEvent);
}
