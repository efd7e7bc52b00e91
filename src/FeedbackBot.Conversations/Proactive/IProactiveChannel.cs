namespace FeedbackBot.Conversations.Proactive;

/// <summary>
/// Port through which channel-neutral jobs message a user without being asked (a follow-up days
/// later). Each channel project implements it for the channels it serves; the job picks the one
/// that serves the channel the user was last seen on. Delivery failures other than "cannot reach
/// this user" throw, so the caller can retry later.
/// </summary>
public interface IProactiveChannel
{
    /// <summary>True when this implementation reaches users of <paramref name="channel"/> (a <c>ConversationKey.Channel</c>).</summary>
    bool Serves(string channel);

    /// <summary>
    /// Sends <paramref name="message"/> to the user. Returns <c>false</c> when the user cannot be
    /// reached on this channel (no conversation the bot may write to).
    /// </summary>
    Task<bool> SendAsync(ProactiveMessage message, CancellationToken ct);
}
