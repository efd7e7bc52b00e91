using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Turns;
using FeedbackBot.Channels.Slack.WebApi;
using FeedbackBot.Conversations.Proactive;

namespace FeedbackBot.Channels.Slack.Proactive;

/// <summary>
/// Messages a Slack user without being asked: opens (or finds) the bot's DM with the user
/// (<c>conversations.open</c>) and posts there (<c>chat.postMessage</c>), as Block Kit. Slack needs
/// no stored conversation reference for that: the user id is enough.
/// </summary>
internal sealed class SlackProactiveChannel(ISlackWebApi api) : IProactiveChannel
{
    public bool Serves(string channel) => channel == SlackConversations.Channel;

    public async Task<bool> SendAsync(ProactiveMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        string dm;
        try
        {
            dm = await api.OpenDirectMessageAsync(message.UserId, ct).ConfigureAwait(false);
        }
        catch (SlackApiException ex) when (ex.Error is "user_not_found" or "user_disabled" or "cannot_dm_bot")
        {
            return false;
        }

        foreach (var part in MessageRenderer.Render(message.Reply, message.Culture))
        {
            await api.PostMessageAsync(dm, part, threadTs: null, ct).ConfigureAwait(false);
        }

        return true;
    }
}
